// The codec for Roundtable's document status on /collab (message type 101, see
// shared/protocol/collab.ts): a JSON string saying whether the draft is locked, and why.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MessageType, type DocumentStatus } from '@roundtable/shared/protocol/collab';

/** Reads the body of a status message (after its type). Anything odd counts as unlocked. */
export function readDocumentStatus(decoder: decoding.Decoder): DocumentStatus {
  try {
    const parsed: unknown = JSON.parse(decoding.readVarString(decoder));
    if (typeof parsed === 'object' && parsed !== null && 'lockedReason' in parsed) {
      const { lockedReason } = parsed;
      if (typeof lockedReason === 'string' && lockedReason.trim() !== '') return { lockedReason };
    }
  } catch {
    // A status we cannot read must not stop people writing; the server drops updates anyway.
  }
  return { lockedReason: null };
}

/** Encodes a whole status message, type included. The server has its own; this one is for tests. */
export function encodeStatusMessage(status: DocumentStatus): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.status);
  encoding.writeVarString(encoder, JSON.stringify(status));
  return encoding.toUint8Array(encoder);
}
