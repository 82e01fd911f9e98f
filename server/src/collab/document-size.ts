// A document's size against its limit (`MAX_DOCUMENT_BYTES`): its encoded state at load plus
// every update accepted since (an upper bound, cheap to keep: the document is never encoded
// again to measure it).
/** An update would take the document past its size limit: refused, nothing stored. */
export class DocumentFull extends Error {
  override readonly name = 'DocumentFull';
}

function sizeInWords(bytes: number): string {
  const MiB = 1024 * 1024;
  return bytes >= MiB ? `${Math.floor(bytes / MiB)} MiB` : `${Math.floor(bytes / 1024)} KiB`;
}

export class DocumentSize {
  bytes: number;

  constructor(
    /** The byte length of the document's encoded state at load. */
    stateBytes: number,
    /** Largest size, in bytes of Yjs updates, the document may grow to; unlimited if absent. */
    private readonly max: number | undefined,
  ) {
    this.bytes = stateBytes;
  }

  /**
   * Counts an update's bytes against the size limit before it is stored; throws DocumentFull,
   * counting nothing, when it would pass the limit.
   */
  reserve(bytes: number): void {
    const max = this.max;
    if (max !== undefined && this.bytes + bytes > max) {
      // A close reason may hold at most 123 bytes.
      throw new DocumentFull(
        `This document has reached its size limit (${sizeInWords(max)}), so your change was not saved.`,
      );
    }
    this.bytes += bytes;
  }

  /** Counts bytes that are taken whatever the limit (deletions, and stored updates). */
  add(bytes: number): void {
    this.bytes += bytes;
  }
}
