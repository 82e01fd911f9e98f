// JPEG: keeps the segments that draw the picture and those that say how its colours look (the
// JFIF header without its thumbnail, an ICC colour profile, Adobe's colour marker), and drops
// the rest: EXIF and XMP (APP1: the camera, the time, GPS), IPTC (APP13: names, places),
// comments, every other APPn, and anything after the end of the picture (some phones hide more
// pictures there). So that a photo taken with the phone on its side still shows upright, the
// EXIF orientation, and only that, is written back in a new, minimal EXIF segment.
import { ByteReader, PictureProblem, concatBytes, damaged, type CleanedPicture } from './bytes.ts';

export const JPEG_START = [0xff, 0xd8, 0xff] as const;

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP0 = 0xe0;
const APP1 = 0xe1;
const APP2 = 0xe2;
const APP14 = 0xee;
const ORIENTATION_TAG = 0x0112;

const startsWithText = (jpeg: ByteReader, offset: number, text: string): boolean =>
  jpeg.startsWith(
    offset,
    [...text].map((char) => char.charCodeAt(0)),
  );

/** Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) are not frames. */
const isFrame = (marker: number): boolean =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

export function cleanJpeg(bytes: Uint8Array): CleanedPicture {
  const jpeg = new ByteReader(bytes);
  if (jpeg.u16(0) !== 0xffd8) throw damaged();
  const kept: Uint8Array[] = [jpeg.slice(0, 2)];
  let orientation: number | null = null;
  let size: { width: number; height: number } | null = null;
  let offset = 2;
  for (;;) {
    if (jpeg.u8(offset) !== 0xff) throw damaged();
    while (jpeg.u8(offset + 1) === 0xff) offset++; // fill bytes
    const marker = jpeg.u8(offset + 1);
    if (marker === EOI) {
      kept.push(jpeg.slice(offset, offset + 2));
      break;
    }
    if (marker === SOI || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      kept.push(jpeg.slice(offset, offset + 2));
      offset += 2;
      continue;
    }
    const length = jpeg.u16(offset + 2);
    if (length < 2) throw damaged();
    const end = offset + 2 + length;
    const segment = jpeg.slice(offset, end);
    const payload = offset + 4;
    if (marker === SOS) {
      const dataEnd = endOfScan(jpeg, end);
      kept.push(jpeg.slice(offset, dataEnd));
      offset = dataEnd;
      continue;
    }
    if (isFrame(marker)) {
      size = { height: jpeg.u16(offset + 5), width: jpeg.u16(offset + 7) };
    }
    if (marker === APP0 && startsWithText(jpeg, payload, 'JFIF\0')) {
      kept.push(length > 16 ? jfifWithoutThumbnail(segment) : segment);
    } else if (marker === APP1 && startsWithText(jpeg, payload, 'Exif\0\0')) {
      orientation ??= exifOrientation(new ByteReader(jpeg.slice(payload + 6, end)));
    } else if (marker === APP2 && startsWithText(jpeg, payload, 'ICC_PROFILE\0')) {
      kept.push(segment);
    } else if (marker === APP14 && startsWithText(jpeg, payload, 'Adobe')) {
      kept.push(segment);
    } else if (!(marker >= APP0 && marker <= 0xef) && marker !== 0xfe) {
      kept.push(segment);
    }
    offset = end;
  }
  if (!size || size.width === 0 || size.height === 0) throw damaged();
  if (orientation !== null && orientation > 1) {
    // After the JFIF header if there is one: that header must come first.
    kept.splice(kept[1]?.[1] === APP0 ? 2 : 1, 0, orientationSegment(orientation));
  }
  return { bytes: concatBytes(kept), ...size };
}

/** Where the entropy-coded data after a scan header ends: the next marker that is not a
 * stuffed zero (FF00) or a restart (FFD0-FFD7). */
function endOfScan(jpeg: ByteReader, from: number): number {
  let offset = from;
  for (;;) {
    if (jpeg.u8(offset) !== 0xff) {
      offset++;
      continue;
    }
    const next = jpeg.u8(offset + 1);
    if (next === 0x00 || next === 0xff || (next >= 0xd0 && next <= 0xd7)) {
      offset += next === 0xff ? 1 : 2;
      continue;
    }
    return offset;
  }
}

/** The JFIF header with its thumbnail taken out (width and height 0). */
function jfifWithoutThumbnail(segment: Uint8Array): Uint8Array {
  const header = new Uint8Array(18);
  header.set(segment.subarray(0, 16));
  header[2] = 0;
  header[3] = 16;
  header[16] = 0;
  header[17] = 0;
  return header;
}

/** The orientation (1-8) in an EXIF block's first directory, or null. */
export function exifOrientation(tiff: ByteReader): number | null {
  try {
    const order = tiff.ascii(0, 2);
    if (order !== 'II' && order !== 'MM') return null;
    const little = order === 'II';
    if (tiff.u16(2, little) !== 42) return null;
    const directory = tiff.u32(4, little);
    const entries = tiff.u16(directory, little);
    for (let index = 0; index < entries; index++) {
      const entry = directory + 2 + index * 12;
      if (tiff.u16(entry, little) !== ORIENTATION_TAG) continue;
      if (tiff.u16(entry + 2, little) !== 3) return null;
      const value = tiff.u16(entry + 8, little);
      return value >= 1 && value <= 8 ? value : null;
    }
    return null;
  } catch (error) {
    if (error instanceof PictureProblem) return null;
    throw error;
  }
}

/** An APP1 segment holding an EXIF block with the orientation and nothing else. */
export function orientationSegment(orientation: number): Uint8Array {
  const tiff = [
    ...[0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08], // big-endian TIFF, first directory at 8
    ...[0x00, 0x01], // one entry
    ...[0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, orientation, 0x00, 0x00],
    ...[0x00, 0x00, 0x00, 0x00], // no next directory
  ];
  const payload = [...[0x45, 0x78, 0x69, 0x66, 0x00, 0x00], ...tiff];
  const length = payload.length + 2;
  return Uint8Array.from([0xff, APP1, length >> 8, length & 0xff, ...payload]);
}
