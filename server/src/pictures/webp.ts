// WebP: a RIFF file of chunks. A simple file (one VP8 or VP8L chunk) has no room for metadata;
// an extended one (VP8X) may carry EXIF and XMP chunks, which go, with their flags. Only the
// chunks that draw the picture (VP8, VP8L, ALPH) and its colour profile (ICCP) are kept, so a
// chunk we do not know cannot carry anything either. Moving (animated) pictures are refused.
import { ByteReader, PictureProblem, concatBytes, damaged, type CleanedPicture } from './bytes.ts';

const KEPT_CHUNKS = new Set(['VP8 ', 'VP8L', 'ALPH', 'ICCP']);
const FLAG_EXIF = 0x08;
const FLAG_XMP = 0x04;
const FLAG_ANIMATION = 0x02;

interface Chunk {
  type: string;
  /** The whole chunk: header, data and its padding byte. */
  bytes: Uint8Array;
  data: number;
  size: number;
}

function chunksOf(webp: ByteReader): Chunk[] {
  const riffEnd = Math.min(8 + webp.u32(4, true), webp.length);
  const chunks: Chunk[] = [];
  let offset = 12;
  while (offset + 8 <= riffEnd) {
    const type = webp.ascii(offset, 4);
    const size = webp.u32(offset + 4, true);
    const end = offset + 8 + size + (size % 2);
    if (offset + 8 + size > riffEnd) throw damaged();
    chunks.push({
      type,
      bytes: webp.slice(offset, Math.min(end, riffEnd)),
      data: offset + 8,
      size,
    });
    offset = end;
  }
  return chunks;
}

function sizeOf(webp: ByteReader, chunk: Chunk): { width: number; height: number } {
  if (chunk.type === 'VP8X') {
    return { width: webp.u24le(chunk.data + 4) + 1, height: webp.u24le(chunk.data + 7) + 1 };
  }
  if (chunk.type === 'VP8L') {
    if (webp.u8(chunk.data) !== 0x2f) throw damaged();
    const bits = webp.u32(chunk.data + 1, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk.type === 'VP8 ') {
    if (!webp.startsWith(chunk.data + 3, [0x9d, 0x01, 0x2a])) throw damaged();
    return {
      width: webp.u16(chunk.data + 6, true) & 0x3fff,
      height: webp.u16(chunk.data + 8, true) & 0x3fff,
    };
  }
  throw damaged();
}

export function cleanWebp(bytes: Uint8Array): CleanedPicture {
  const webp = new ByteReader(bytes);
  if (webp.ascii(0, 4) !== 'RIFF' || webp.ascii(8, 4) !== 'WEBP') throw damaged();
  const chunks = chunksOf(webp);
  const first = chunks[0];
  if (!first) throw damaged();
  const size = sizeOf(webp, first);
  const parts: Uint8Array[] = [];
  if (first.type === 'VP8X') {
    const flags = webp.u8(first.data);
    if (flags & FLAG_ANIMATION) {
      throw new PictureProblem('moving', 'This picture moves. Please choose a still picture.');
    }
    const header = Uint8Array.from(first.bytes);
    header[8] = flags & ~(FLAG_EXIF | FLAG_XMP);
    parts.push(header);
  }
  for (const chunk of chunks) if (KEPT_CHUNKS.has(chunk.type)) parts.push(chunk.bytes);
  if (!chunks.some((chunk) => chunk.type === 'VP8 ' || chunk.type === 'VP8L')) throw damaged();
  const body = concatBytes(parts);
  const header = new Uint8Array(12);
  header.set(webp.slice(0, 4));
  new DataView(header.buffer).setUint32(4, body.length + 4, true);
  header.set(webp.slice(8, 12), 8);
  return { bytes: concatBytes([header, body]), ...size };
}
