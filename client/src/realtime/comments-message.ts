// The codec for Roundtable's comment notice on /collab (message type 102, see
// shared/protocol/collab.ts): a JSON string saying which thread changed, how, and by whom.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MessageType } from '@roundtable/shared/protocol/collab';
import { CommentsNotice } from '@roundtable/shared/protocol/comments';

/** Reads the body of a comments message (after its type); null when it cannot be read. */
export function readCommentsNotice(decoder: decoding.Decoder): CommentsNotice | null {
  try {
    const parsed = CommentsNotice.safeParse(JSON.parse(decoding.readVarString(decoder)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Encodes a whole comments message, type included. The server has its own; this is for tests. */
export function encodeCommentsMessage(notice: CommentsNotice): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.comments);
  encoding.writeVarString(encoder, JSON.stringify(notice));
  return encoding.toUint8Array(encoder);
}
