// How an end of a comment anchor is written: base64 of two Yjs relative positions, each as a
// lib0 byte array: one in the text (it follows the words through everyone's edits) and one for
// the top-level block around it (where the words were, once a whole paragraph is deleted). The
// browser makes and reads them (client/src/features/comments/anchors.ts); the server stores them
// as they are, once it has checked they are well formed: exactly two positions that decode, and
// nothing else, within ANCHOR_POSITION_MAX_LENGTH.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { CommentAnchor } from '../protocol/comments.ts';

export interface AnchorEnd {
  text: Y.RelativePosition;
  block: Y.RelativePosition;
}

export function encodeAnchorEnd(end: AnchorEnd): string {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint8Array(encoder, Y.encodeRelativePosition(end.text));
  encoding.writeVarUint8Array(encoder, Y.encodeRelativePosition(end.block));
  let binary = '';
  for (const byte of encoding.toUint8Array(encoder)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The two positions, or null when this is not exactly an anchor end (damaged, or made up). */
export function decodeAnchorEnd(encoded: string): AnchorEnd | null {
  try {
    const bytes = Uint8Array.from(atob(encoded), (char) => char.charCodeAt(0));
    const decoder = decoding.createDecoder(bytes);
    const text = decoding.readVarUint8Array(decoder);
    const block = decoding.readVarUint8Array(decoder);
    if (decoding.hasContent(decoder)) return null;
    const end = { text: Y.decodeRelativePosition(text), block: Y.decodeRelativePosition(block) };
    // Written back the same way, or it carried bytes a position does not have.
    return sameBytes(Y.encodeRelativePosition(end.text), text) &&
      sameBytes(Y.encodeRelativePosition(end.block), block)
      ? end
      : null;
  } catch {
    return null;
  }
}

/** Whether both ends of an anchor are well formed. */
export function isWellFormedAnchor(anchor: CommentAnchor): boolean {
  return decodeAnchorEnd(anchor.start) !== null && decodeAnchorEnd(anchor.end) !== null;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
