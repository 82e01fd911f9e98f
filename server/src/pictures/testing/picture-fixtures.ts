// Pictures with metadata in them, for the tests of clean-picture.ts. The pictures themselves
// are real files (a 16 by 16 logo from CPython's test data, in PNG, JPEG and WebP); into each
// this adds what a phone or an editor would: an EXIF block with the phone's name, an
// orientation and a GPS position (London), XMP, IPTC, comments and text chunks, following each
// format's specification, so that an independent reader (exifr) finds the position in them.
import { readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';

const here = new URL('.', import.meta.url);
const read = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(name, here)));

export const plainJpeg = (): Uint8Array => read('python.jpg');
export const plainPng = (): Uint8Array => read('python.png');
export const plainWebp = (): Uint8Array => read('python.webp');

export const PHONE_NAME = 'Roundtable Test Phone';
export const SECRET_WORDS = 'Taken at 10 Downing Street by Jane Doe';

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));
const u16le = (value: number): number[] => [value & 0xff, value >> 8];
const u32le = (value: number): number[] => [...u16le(value & 0xffff), ...u16le(value >>> 16)];
const u32be = (value: number): number[] => u32le(value).reverse();
const entry = (tag: number, type: number, count: number, value: number[]): number[] => [
  ...u16le(tag),
  ...u16le(type),
  ...u32le(count),
  ...value,
  ...new Array<number>(4 - value.length).fill(0),
];
const rationals = (values: number[]): number[] => values.flatMap((v) => [...u32le(v), ...u32le(1)]);

/** A little-endian TIFF block: IFD0 (make, orientation, GPS pointer) and a GPS IFD. */
export function exifBlock(orientation = 6): Uint8Array {
  const make = [...ascii(PHONE_NAME), 0];
  const makeAt = 8 + 2 + 3 * 12 + 4;
  const gpsAt = makeAt + make.length;
  const latitudeAt = gpsAt + 2 + 4 * 12 + 4;
  const longitudeAt = latitudeAt + 24;
  return Uint8Array.from([
    ...ascii('II'),
    ...u16le(42),
    ...u32le(8),
    ...u16le(3),
    ...entry(0x010f, 2, make.length, u32le(makeAt)),
    ...entry(0x0112, 3, 1, u16le(orientation)),
    ...entry(0x8825, 4, 1, u32le(gpsAt)),
    ...u32le(0),
    ...make,
    ...u16le(4),
    ...entry(0x0001, 2, 2, ascii('N\0')),
    ...entry(0x0002, 5, 3, u32le(latitudeAt)),
    ...entry(0x0003, 2, 2, ascii('W\0')),
    ...entry(0x0004, 5, 3, u32le(longitudeAt)),
    ...u32le(0),
    ...rationals([51, 30, 0]),
    ...rationals([0, 7, 0]),
  ]);
}

const XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${SECRET_WORDS}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`;

function jpegSegment(marker: number, payload: number[]): number[] {
  const length = payload.length + 2;
  return [0xff, marker, length >> 8, length & 0xff, ...payload];
}

/** The JPEG with EXIF (GPS, orientation 6), XMP, IPTC and a comment, and bytes after its end. */
export function jpegWithGps(orientation = 6): Uint8Array {
  const jpeg = plainJpeg();
  const afterJfif = 2 + 2 + ((jpeg[4] ?? 0) << 8) + (jpeg[5] ?? 0);
  return Uint8Array.from([
    ...jpeg.subarray(0, afterJfif),
    ...jpegSegment(0xe1, [...ascii('Exif\0\0'), ...exifBlock(orientation)]),
    ...jpegSegment(0xe1, [...ascii('http://ns.adobe.com/xap/1.0/\0'), ...ascii(XMP)]),
    ...jpegSegment(0xed, [...ascii('Photoshop 3.0\0'), ...ascii(`8BIM${SECRET_WORDS}`)]),
    ...jpegSegment(0xfe, ascii(SECRET_WORDS)),
    ...jpeg.subarray(afterJfif),
    ...ascii(SECRET_WORDS),
  ]);
}

function pngChunk(type: string, data: number[]): number[] {
  const typed = [...ascii(type), ...data];
  return [...u32be(data.length), ...typed, ...u32be(crc32(Uint8Array.from(typed)))];
}

/**
 * A PNG whose header is right and checksums pass, but whose picture data is only `data` (a
 * damaged or cut-short file): by default it says 7000 by 7000 and holds 10 bytes.
 */
export function damagedPng(
  width = 7000,
  height = 7000,
  data: number[] = ascii('0123456789'),
): Uint8Array {
  const header = [...u32be(width), ...u32be(height), 8, 2, 0, 0, 0];
  return Uint8Array.from([
    ...plainPng().subarray(0, 8),
    ...pngChunk('IHDR', header),
    ...pngChunk('IDAT', data),
    ...pngChunk('IEND', []),
  ]);
}

/** The PNG with eXIf (GPS), tEXt, iTXt, zTXt and tIME chunks before its image data. */
export function pngWithGps(): Uint8Array {
  const png = plainPng();
  const afterHeader = 8 + 25;
  return Uint8Array.from([
    ...png.subarray(0, afterHeader),
    ...pngChunk('eXIf', [...exifBlock()]),
    ...pngChunk('tEXt', [...ascii('Author\0'), ...ascii(SECRET_WORDS)]),
    ...pngChunk('iTXt', [...ascii('XML:com.adobe.xmp\0\0\0\0\0'), ...ascii(XMP)]),
    ...pngChunk('zTXt', [...ascii('Comment\0'), 0, 0x78, 0x9c, 0x03, 0, 0, 0, 0, 1]),
    ...pngChunk('tIME', [0x07, 0xea, 3, 4, 10, 30, 0]),
    ...png.subarray(afterHeader),
  ]);
}

function riffChunk(type: string, data: number[]): number[] {
  return [...ascii(type), ...u32le(data.length), ...data, ...(data.length % 2 ? [0] : [])];
}

/** The extended WebP with EXIF (GPS) and XMP chunks, and their flags set. */
export function webpWithGps(): Uint8Array {
  const webp = plainWebp();
  const vp8x = Uint8Array.from(webp.subarray(12, 12 + 18));
  vp8x[8] = (vp8x[8] ?? 0) | 0x08 | 0x04;
  const body = [
    ...vp8x,
    ...webp.subarray(30),
    ...riffChunk('EXIF', [...exifBlock()]),
    ...riffChunk('XMP ', ascii(XMP)),
  ];
  return Uint8Array.from([...ascii('RIFF'), ...u32le(body.length + 4), ...ascii('WEBP'), ...body]);
}

/** The chunk types of a PNG, or of a RIFF (WebP) file, in order. */
export function chunkTypes(bytes: Uint8Array, kind: 'png' | 'webp'): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const types: string[] = [];
  let offset = kind === 'png' ? 8 : 12;
  while (offset + 8 <= bytes.length) {
    const typeAt = kind === 'png' ? offset + 4 : offset;
    types.push(String.fromCharCode(...bytes.subarray(typeAt, typeAt + 4)));
    const size = kind === 'png' ? view.getUint32(offset) : view.getUint32(offset + 4, true);
    offset += kind === 'png' ? 12 + size : 8 + size + (size % 2);
  }
  return types;
}

/** The JPEG markers (as hex, e.g. "e1") of each segment, in order, up to the end of image. */
export function jpegMarkers(bytes: Uint8Array): string[] {
  const markers: string[] = [];
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    const marker = bytes[offset + 1] ?? 0;
    markers.push(marker.toString(16));
    if (marker === 0xd9 || marker === 0xda) break;
    offset += 2 + ((bytes[offset + 2] ?? 0) << 8) + (bytes[offset + 3] ?? 0);
  }
  return markers;
}
