// The codec for Roundtable's JSON notices on /collab (see shared/protocol/collab.ts): a comment
// thread changed (type 102), or the workspace's hard words did (type 103). Each is a JSON string
// checked against its schema.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { z } from 'zod';
import { MessageType } from '@roundtable/shared/protocol/collab';
import { CommentsNotice } from '@roundtable/shared/protocol/comments';
import { HardWordsNotice } from '@roundtable/shared/protocol/hard-words';

/** Reads the body of a JSON notice (after its type); null when it cannot be read. */
function readNotice<Schema extends z.ZodType>(
  decoder: decoding.Decoder,
  schema: Schema,
): z.output<Schema> | null {
  try {
    const parsed = schema.safeParse(JSON.parse(decoding.readVarString(decoder)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Reads the body of a comments message (after its type); null when it cannot be read. */
export const readCommentsNotice = (decoder: decoding.Decoder): CommentsNotice | null =>
  readNotice(decoder, CommentsNotice);

/** Reads the body of a hard words message (after its type); null when it cannot be read. */
export const readHardWordsNotice = (decoder: decoding.Decoder): HardWordsNotice | null =>
  readNotice(decoder, HardWordsNotice);

/** Encodes a whole notice, type included. The server has its own; this is for tests. */
export function encodeNoticeMessage(
  type: typeof MessageType.comments | typeof MessageType.hardWords,
  notice: CommentsNotice | HardWordsNotice,
): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  encoding.writeVarString(encoder, JSON.stringify(notice));
  return encoding.toUint8Array(encoder);
}

/** Encodes a whole comments message, type included. */
export const encodeCommentsMessage = (notice: CommentsNotice): Uint8Array =>
  encodeNoticeMessage(MessageType.comments, notice);
