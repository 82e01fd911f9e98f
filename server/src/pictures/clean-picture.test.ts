// Uploaded pictures: the type comes from the bytes, and what a phone or an editor hides in a
// file (the GPS position, the phone's name, people's names) is gone before it is stored, while
// the picture itself is kept as it was.
import { crc32 } from 'node:zlib';
import exifr from 'exifr';
import { describe, expect, it } from 'vitest';
import { ByteReader } from './bytes.ts';
import { checkPicture, sniffPicture } from './clean-picture.ts';
import { exifOrientation } from './jpeg.ts';
import {
  PHONE_NAME,
  SECRET_WORDS,
  chunkTypes,
  jpegMarkers,
  jpegWithGps,
  plainJpeg,
  plainPng,
  plainWebp,
  pngWithGps,
  webpWithGps,
} from './testing/picture-fixtures.ts';

const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');
const problemOf = (bytes: Uint8Array): string | undefined => {
  try {
    checkPicture(bytes);
    return undefined;
  } catch (error) {
    return (error as { kind?: string }).kind;
  }
};

describe('the type of a picture', () => {
  it('is read from its first bytes', () => {
    expect(sniffPicture(plainPng())).toBe('image/png');
    expect(sniffPicture(plainJpeg())).toBe('image/jpeg');
    expect(sniffPicture(plainWebp())).toBe('image/webp');
    expect(sniffPicture(new TextEncoder().encode('GIF89a....'))).toBe('image/gif');
    expect(sniffPicture(new TextEncoder().encode('<?xml version="1.0"?>\n<svg xmlns="x">'))).toBe(
      'svg',
    );
    expect(sniffPicture(new TextEncoder().encode('%PDF-1.7'))).toBeNull();
    expect(sniffPicture(new Uint8Array())).toBeNull();
  });

  it('refuses SVG (scripts), GIF, other files and pictures that only say they are one', () => {
    expect(problemOf(new TextEncoder().encode('<svg onload="alert(1)"></svg>'))).toBe('svg');
    expect(problemOf(new TextEncoder().encode('GIF89a\u0001\u0000\u0001\u0000'))).toBe('gif');
    expect(problemOf(new TextEncoder().encode('<html><script>alert(1)</script>'))).toBe(
      'not-a-picture',
    );
    expect(problemOf(plainPng().subarray(0, 40))).toBe('damaged');
    expect(problemOf(plainJpeg().subarray(0, 100))).toBe('damaged');
    expect(problemOf(plainWebp().subarray(0, 20))).toBe('damaged');
  });

  it('refuses a PNG whose checksum does not match (a changed or broken file)', () => {
    const png = plainPng();
    png[20] = (png[20] ?? 0) ^ 0xff;
    expect(problemOf(png)).toBe('damaged');
  });

  it('refuses a picture whose size in pixels is absurd (a decompression bomb)', () => {
    const png = new Uint8Array(plainPng());
    const view = new DataView(png.buffer);
    view.setUint32(16, 50_000);
    view.setUint32(20, 50_000);
    // A bomb passes its checksum: make it right.
    view.setUint32(29, crc32(png.subarray(12, 29)));
    expect(problemOf(png)).toBe('too-many-pixels');
  });

  it('reads the size in pixels of each format', () => {
    for (const bytes of [plainPng(), plainJpeg(), plainWebp()]) {
      expect(checkPicture(bytes)).toMatchObject({ width: 16, height: 16 });
    }
  });
});

describe('metadata removal', () => {
  it('JPEG: the GPS position, the phone, XMP, IPTC, comments and trailing bytes go', async () => {
    const dirty = jpegWithGps();
    expect(await exifr.gps(dirty)).toMatchObject({ latitude: 51.5 });
    expect(text(dirty)).toContain(SECRET_WORDS);

    const clean = checkPicture(dirty);
    expect(clean.mediaType).toBe('image/jpeg');
    expect(await exifr.gps(clean.bytes)).toBeUndefined();
    expect(await exifr.parse(clean.bytes, { tiff: true, xmp: true, iptc: true })).toEqual({
      Orientation: 'Rotate 90 CW',
    });
    expect(text(clean.bytes)).not.toContain(SECRET_WORDS);
    expect(text(clean.bytes)).not.toContain(PHONE_NAME);
    // The picture is what it was: the plain file's segments, with a minimal EXIF after JFIF.
    expect(jpegMarkers(clean.bytes)).toEqual(['e0', 'e1', ...jpegMarkers(plainJpeg()).slice(1)]);
    expect(clean.bytes.subarray(-2)).toEqual(Uint8Array.from([0xff, 0xd9]));
  });

  it('JPEG: an upright photo gets no EXIF at all', () => {
    const clean = checkPicture(jpegWithGps(1));
    expect(Buffer.from(clean.bytes)).toEqual(Buffer.from(plainJpeg()));
  });

  it('PNG: eXIf, tEXt, iTXt, zTXt and tIME go; the picture chunks stay as they were', async () => {
    const dirty = pngWithGps();
    expect(await exifr.gps(dirty)).toMatchObject({ latitude: 51.5 });
    expect(chunkTypes(dirty, 'png')).toEqual(
      expect.arrayContaining(['eXIf', 'tEXt', 'iTXt', 'zTXt', 'tIME']),
    );

    const clean = checkPicture(dirty);
    expect(clean.mediaType).toBe('image/png');
    expect(await exifr.gps(clean.bytes)).toBeUndefined();
    expect(text(clean.bytes)).not.toContain(SECRET_WORDS);
    const kept = chunkTypes(clean.bytes, 'png');
    expect(kept).not.toEqual(expect.arrayContaining(['eXIf']));
    expect(
      kept.filter(
        (type) =>
          /^[a-z]/.test(type) &&
          !['tRNS', 'gAMA', 'cHRM', 'sRGB', 'iCCP', 'sBIT', 'bKGD', 'pHYs'].includes(type),
      ),
    ).toEqual([]);
    expect(kept.at(0)).toBe('IHDR');
    expect(kept.at(-1)).toBe('IEND');
  });

  it('WebP: the EXIF and XMP chunks go, and so do their flags', () => {
    const dirty = webpWithGps();
    expect(chunkTypes(dirty, 'webp')).toEqual(expect.arrayContaining(['EXIF', 'XMP ']));
    const clean = checkPicture(dirty);
    expect(clean.mediaType).toBe('image/webp');
    expect(chunkTypes(clean.bytes, 'webp')).toEqual(chunkTypes(plainWebp(), 'webp'));
    expect(text(clean.bytes)).not.toContain(SECRET_WORDS);
    expect(text(clean.bytes)).not.toContain(PHONE_NAME);
    expect((clean.bytes[20] ?? 0) & 0x0c).toBe(0);
    expect(new DataView(clean.bytes.buffer).getUint32(4, true)).toBe(clean.bytes.length - 8);
  });

  it('WebP: a moving picture is refused', () => {
    const moving = new Uint8Array(plainWebp());
    moving[20] = (moving[20] ?? 0) | 0x02;
    expect(problemOf(moving)).toBe('moving');
  });

  it('reads the orientation from an EXIF block, and nothing from a broken one', () => {
    const exif = jpegWithGps(8);
    const start = text(exif).indexOf('Exif\0\0') + 6;
    expect(exifOrientation(new ByteReader(exif.subarray(start)))).toBe(8);
    expect(exifOrientation(new ByteReader(exif.subarray(start, start + 12)))).toBeNull();
    expect(exifOrientation(new ByteReader(new TextEncoder().encode('nonsense')))).toBeNull();
  });
});
