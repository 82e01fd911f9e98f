// A well-formed comment anchor for tests that need one but not a place in real text: two
// relative positions, as the browser writes them, into a document's content.
import * as Y from 'yjs';
import { encodeAnchorEnd } from '@roundtable/shared/editor/comment-anchors';
import { CONTENT_FRAGMENT } from '@roundtable/shared/protocol/collab';

const position = (clock: number) =>
  Y.createRelativePositionFromJSON({ item: { client: 1, clock }, assoc: 0 });
const block = Y.createRelativePositionFromJSON({ tname: CONTENT_FRAGMENT, assoc: 0 });

/** One end of an anchor, at the `clock`th character a client wrote. */
export const anchorEnd = (clock: number): string =>
  encodeAnchorEnd({ text: position(clock), block });

export const anchor = { start: anchorEnd(0), end: anchorEnd(4) };
