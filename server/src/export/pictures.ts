// Pictures for the Easy Read layout, made ready before a renderer lays out a page: each picture a
// document shows is loaded once, checked, and turned into what the formats can embed. Word and
// PDF take PNG or JPEG, so an SVG (OpenMoji) is drawn as a PNG and a WebP is turned into one;
// an uploaded photo is scaled down to what a page needs and written again, which also leaves its
// metadata (EXIF, location) behind. A picture that cannot be loaded or read comes back as null,
// and the renderer shows its alt text instead: a bad picture never stops an export.
import { parsePictureRef } from '@roundtable/shared/editor/picture';
import sharp from 'sharp';
import type { Block } from './blocks.ts';
import type { LoadedPicture, PictureLoader } from './types.ts';

export interface PreparedPicture {
  /** PNG or JPEG bytes, for Word and PDF. */
  bytes: Buffer;
  type: 'png' | 'jpg';
  /** Pixels. */
  width: number;
  height: number;
  /** The SVG as drawn by its designer, for formats that show it as it is (HTML); else null. */
  svg: Buffer | null;
}

export type PreparedPictures = ReadonlyMap<string, PreparedPicture | null>;

/** The longest side of a picture as embedded: sharp at the largest size a page shows it. */
const LARGEST_SIDE = 480;
/** A picture file larger than this is not read at all. */
const MAX_PICTURE_BYTES = 15 * 1024 * 1024;
/** Refuses "decompression bombs": a small file that claims an enormous image. */
const MAX_INPUT_PIXELS = 40_000_000;
const UPLOAD_FORMATS = new Set(['png', 'jpeg', 'webp']);

/** Every picture ref shown by a top-level paragraph of `blocks`, once each. */
export function pictureRefs(blocks: Block[]): string[] {
  const refs = blocks.flatMap((block) =>
    block.kind === 'paragraph' && block.picture ? [block.picture.ref] : [],
  );
  return [...new Set(refs)];
}

export async function preparePictures(
  blocks: Block[],
  load: PictureLoader | undefined,
): Promise<PreparedPictures> {
  const prepared = new Map<string, PreparedPicture | null>();
  if (!load) return prepared;
  // One at a time: pictures are few, and a worker thread keeps its memory small.
  for (const ref of pictureRefs(blocks)) {
    prepared.set(ref, await prepareOne(ref, load));
  }
  return prepared;
}

async function prepareOne(ref: string, load: PictureLoader): Promise<PreparedPicture | null> {
  const parsed = parsePictureRef(ref);
  if (!parsed) return null;
  let loaded: LoadedPicture | null;
  try {
    loaded = await load(parsed);
  } catch {
    return null;
  }
  if (!loaded || loaded.bytes.byteLength > MAX_PICTURE_BYTES) return null;
  const isSvg = parsed.source === 'openmoji' && loaded.mediaType === 'image/svg+xml';
  try {
    return await (isSvg ? fromSvg(loaded.bytes) : fromUpload(loaded.bytes));
  } catch {
    return null;
  }
}

async function fromSvg(bytes: Uint8Array): Promise<PreparedPicture> {
  const svg = Buffer.from(bytes);
  const { data, info } = await sharp(svg, { density: 300, limitInputPixels: MAX_INPUT_PIXELS })
    .resize({ width: LARGEST_SIDE, height: LARGEST_SIDE, fit: 'inside' })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { bytes: data, type: 'png', width: info.width, height: info.height, svg };
}

/** An uploaded PNG, JPEG or WebP (its bytes are checked, not its claimed type). */
async function fromUpload(bytes: Uint8Array): Promise<PreparedPicture | null> {
  const image = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
  const { format } = await image.metadata();
  if (!format || !UPLOAD_FORMATS.has(format)) return null;
  const resized = image
    .rotate() // upright as the camera meant, before the orientation tag is dropped
    .resize({ width: LARGEST_SIDE, height: LARGEST_SIDE, fit: 'inside', withoutEnlargement: true });
  const photo = format === 'jpeg';
  const { data, info } = await (photo ? resized.jpeg({ quality: 85 }) : resized.png()).toBuffer({
    resolveWithObject: true,
  });
  return {
    bytes: data,
    type: photo ? 'jpg' : 'png',
    width: info.width,
    height: info.height,
    svg: null,
  };
}

/** A picture as a data: URL for HTML: the SVG itself when there is one, else the PNG or JPEG. */
export function pictureDataUrl(picture: PreparedPicture): string {
  if (picture.svg) return `data:image/svg+xml;base64,${picture.svg.toString('base64')}`;
  const mediaType = picture.type === 'png' ? 'image/png' : 'image/jpeg';
  return `data:${mediaType};base64,${picture.bytes.toString('base64')}`;
}

/** A picture's size in points inside a square of `side` points, keeping its shape. */
export function fitInSquare(
  picture: PreparedPicture,
  side: number,
): { width: number; height: number } {
  const scale = side / Math.max(picture.width, picture.height, 1);
  return { width: picture.width * scale, height: picture.height * scale };
}
