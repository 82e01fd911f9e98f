// What an uploaded picture goes through before it is stored: its type is read from its first
// bytes (never from what the browser says it is), its size in pixels is checked, and its
// metadata (EXIF with GPS, XMP, IPTC, text chunks, comments) is removed. PNG, JPEG and WebP are
// taken. SVG is refused (it can carry scripts), and so is GIF (it is mostly used for moving
// pictures, which distract some people and can harm others).
import { ByteReader, PictureProblem, type CleanedPicture } from './bytes.ts';
import { JPEG_START, cleanJpeg } from './jpeg.ts';
import { PNG_SIGNATURE, cleanPng } from './png.ts';
import { cleanWebp } from './webp.ts';

export { PictureProblem } from './bytes.ts';

export const PICTURE_MEDIA_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type PictureMediaType = (typeof PICTURE_MEDIA_TYPES)[number];

/** The longest side, and the most pixels, a picture may have: beyond is a decompression bomb. */
export const MAX_PICTURE_SIDE = 10_000;
export const MAX_PICTURE_PIXELS = 50_000_000;

export interface CheckedPicture extends CleanedPicture {
  mediaType: PictureMediaType;
}

const TAKEN = 'Please choose a PNG, JPEG or WebP picture.';

/** The type of a file from its first bytes, or what it is instead. */
export function sniffPicture(bytes: Uint8Array): PictureMediaType | 'image/gif' | 'svg' | null {
  const file = new ByteReader(bytes);
  if (file.startsWith(0, PNG_SIGNATURE)) return 'image/png';
  if (file.startsWith(0, JPEG_START)) return 'image/jpeg';
  if (file.length >= 12 && file.ascii(0, 4) === 'RIFF' && file.ascii(8, 4) === 'WEBP') {
    return 'image/webp';
  }
  if (file.length >= 6 && /^GIF8[79]a$/.test(file.ascii(0, 6))) return 'image/gif';
  const start = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (start.startsWith('<') && /<svg[\s>]/.test(start)) return 'svg';
  return null;
}

/** Checks and cleans an uploaded picture; throws a PictureProblem saying what is wrong. */
export function checkPicture(bytes: Uint8Array): CheckedPicture {
  const type = sniffPicture(bytes);
  if (type === 'svg') {
    throw new PictureProblem('svg', `Roundtable does not take SVG files. ${TAKEN}`);
  }
  if (type === 'image/gif') {
    throw new PictureProblem('gif', `Roundtable does not take GIF files. ${TAKEN}`);
  }
  if (type === null) {
    throw new PictureProblem(
      'not-a-picture',
      `This file is not a picture Roundtable can use. ${TAKEN}`,
    );
  }
  const cleaned =
    type === 'image/png'
      ? cleanPng(bytes)
      : type === 'image/jpeg'
        ? cleanJpeg(bytes)
        : cleanWebp(bytes);
  const { width, height } = cleaned;
  if (width < 1 || height < 1) throw new PictureProblem('damaged', 'This picture file is damaged.');
  const problem = pixelProblem(width, height);
  if (problem) throw new PictureProblem('too-many-pixels', problem);
  return { ...cleaned, mediaType: type };
}

const inWords = (n: number): string => n.toLocaleString('en-GB');

/** Why a picture of this size is refused, in plain words, or null when it is taken. */
export function pixelProblem(width: number, height: number): string | null {
  const size = `${inWords(width)} by ${inWords(height)} pixels`;
  if (width * height > MAX_PICTURE_PIXELS) {
    const millions = Math.round((width * height) / 1_000_000);
    return (
      `This picture is too big: it is ${size}, about ${inWords(millions)} million pixels in all. ` +
      `A picture may have at most ${inWords(MAX_PICTURE_PIXELS / 1_000_000)} million pixels in all ` +
      '(for example 8,000 by 6,000). Please make it smaller and upload it again.'
    );
  }
  if (width > MAX_PICTURE_SIDE || height > MAX_PICTURE_SIDE) {
    return (
      `This picture is too long on one side: it is ${size}. ` +
      `Each side may be at most ${inWords(MAX_PICTURE_SIDE)} pixels. Please make it smaller and upload it again.`
    );
  }
  return null;
}
