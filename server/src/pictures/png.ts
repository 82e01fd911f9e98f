// PNG: keeps only the chunks that draw the picture (IHDR, PLTE, IDAT, IEND) and those that say
// how its colours look (transparency, gamma, colour space, bit depth, background, pixel size).
// Everything else goes: text (tEXt, iTXt, zTXt, which cameras and editors fill with names,
// places and software), eXIf (the camera's EXIF, with GPS), the time, and any chunk we do not
// know. An animated PNG keeps its first picture. Each chunk's checksum is checked.
import { crc32 } from 'node:zlib';
import { ByteReader, concatBytes, damaged, type CleanedPicture } from './bytes.ts';

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

const KEPT_CHUNKS = new Set([
  'IHDR',
  'PLTE',
  'IDAT',
  'IEND',
  'tRNS',
  'gAMA',
  'cHRM',
  'sRGB',
  'iCCP',
  'sBIT',
  'bKGD',
  'pHYs',
]);

export function cleanPng(bytes: Uint8Array): CleanedPicture {
  const png = new ByteReader(bytes);
  if (!png.startsWith(0, PNG_SIGNATURE)) throw damaged();
  const kept: Uint8Array[] = [png.slice(0, PNG_SIGNATURE.length)];
  let offset: number = PNG_SIGNATURE.length;
  let size: { width: number; height: number } | null = null;
  let hasImageData = false;
  for (;;) {
    const length = png.u32(offset);
    const type = png.ascii(offset + 4, 4);
    const end = offset + 12 + length;
    if (length > 0x7fffffff || end > png.length) throw damaged();
    const checksum = png.u32(offset + 8 + length);
    if (crc32(png.slice(offset + 4, offset + 8 + length)) !== checksum) throw damaged();
    if (size === null) {
      if (type !== 'IHDR' || length !== 13) throw damaged();
      size = { width: png.u32(offset + 8), height: png.u32(offset + 12) };
    }
    if (type === 'IDAT') hasImageData = true;
    if (KEPT_CHUNKS.has(type)) kept.push(png.slice(offset, end));
    offset = end;
    if (type === 'IEND') break;
  }
  if (!hasImageData || !size) throw damaged();
  return { bytes: concatBytes(kept), ...size };
}
