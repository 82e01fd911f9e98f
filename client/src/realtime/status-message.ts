// The codec for Roundtable's document status on /collab (message type 101, see
// shared/protocol/collab.ts): a JSON string saying whether the draft is locked, and why, and
// whether (and why) it takes changes only as suggestions.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MessageType, type DocumentStatus } from '@roundtable/shared/protocol/collab';

/** Reads the body of a status message (after its type). Anything odd counts as unlocked. */
export function readDocumentStatus(decoder: decoding.Decoder): DocumentStatus {
  try {
    const parsed: unknown = JSON.parse(decoding.readVarString(decoder));
    if (typeof parsed === 'object' && parsed !== null) {
      const lockedReason = 'lockedReason' in parsed ? reason(parsed.lockedReason) : null;
      const suggestionsOnly = 'suggestionsOnly' in parsed ? reason(parsed.suggestionsOnly) : null;
      return suggestionsOnly === null ? { lockedReason } : { lockedReason, suggestionsOnly };
    }
  } catch {
    // A status we cannot read must not stop people writing; the server drops updates anyway.
  }
  return { lockedReason: null };
}

function reason(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** Encodes a whole status message, type included. The server has its own; this one is for tests. */
export function encodeStatusMessage(status: DocumentStatus): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.status);
  encoding.writeVarString(encoder, JSON.stringify(status));
  return encoding.toUint8Array(encoder);
}
