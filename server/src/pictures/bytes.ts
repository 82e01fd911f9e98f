// Small readers over untrusted picture bytes: each checks its bounds, so a short or lying file
// becomes a PictureProblem, never an exception from a typed array or a read past the end.

/** Why an uploaded file is not taken, in words the person who sent it can act on. */
export class PictureProblem extends Error {
  override readonly name = 'PictureProblem';
  constructor(
    readonly kind: 'not-a-picture' | 'svg' | 'gif' | 'damaged' | 'moving' | 'too-many-pixels',
    message: string,
  ) {
    super(message);
  }
}

export const damaged = (): PictureProblem =>
  new PictureProblem(
    'damaged',
    'This picture file is damaged, so Roundtable cannot use it. Please try another one.',
  );

export class ByteReader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get length(): number {
    return this.bytes.length;
  }

  private need(offset: number, size: number): void {
    if (offset < 0 || offset + size > this.bytes.length) throw damaged();
  }

  u8(offset: number): number {
    this.need(offset, 1);
    return this.bytes[offset] as number;
  }

  u16(offset: number, littleEndian = false): number {
    this.need(offset, 2);
    return this.view.getUint16(offset, littleEndian);
  }

  u24le(offset: number): number {
    this.need(offset, 3);
    return this.u8(offset) | (this.u8(offset + 1) << 8) | (this.u8(offset + 2) << 16);
  }

  u32(offset: number, littleEndian = false): number {
    this.need(offset, 4);
    return this.view.getUint32(offset, littleEndian);
  }

  ascii(offset: number, size: number): string {
    this.need(offset, size);
    return String.fromCharCode(...this.bytes.subarray(offset, offset + size));
  }

  slice(from: number, to: number): Uint8Array {
    this.need(from, to - from);
    return this.bytes.subarray(from, to);
  }

  startsWith(offset: number, expected: readonly number[]): boolean {
    if (offset + expected.length > this.bytes.length) return false;
    return expected.every((byte, index) => this.bytes[offset + index] === byte);
  }
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** A picture with its metadata removed, and its size in pixels. */
export interface CleanedPicture {
  bytes: Uint8Array;
  width: number;
  height: number;
}
