// Comment anchors: where a thread points in the text. Each end of an anchor is a Yjs relative
// position in the text (made through y-prosemirror's mapping, so it follows the words through
// everyone's edits) plus one for the top-level block around it: when a whole paragraph is
// deleted, Yjs drops what was inside it, and the block's position still says where it was.
// Resolving an anchor against the document as it is now gives a ProseMirror range, or
// "removed" when its words are gone. Pure: it takes the Y.Doc, the fragment and the mapping.
// How an end is written is shared with the server (shared/editor/comment-anchors.ts).
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
} from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import {
  decodeAnchorEnd,
  encodeAnchorEnd,
  type AnchorEnd,
} from '@roundtable/shared/editor/comment-anchors';
import { QUOTE_MAX_LENGTH, type CommentAnchor } from '@roundtable/shared/protocol/comments';

/** y-prosemirror's map from Yjs types to the ProseMirror nodes they became. */
export type AnchorMapping = Map<Y.AbstractType<unknown>, ProseMirrorNode | ProseMirrorNode[]>;

export interface AnchorContext {
  doc: Y.Doc;
  fragment: Y.XmlFragment;
  mapping: AnchorMapping;
  /** The ProseMirror document that `mapping` describes. */
  node: ProseMirrorNode;
}

export type ResolvedAnchor = { kind: 'found'; from: number; to: number } | { kind: 'removed' };

export function createAnchor(context: AnchorContext, from: number, to: number): CommentAnchor {
  return {
    start: encodeAnchorEnd(endAt(context, from)),
    end: encodeAnchorEnd(endAt(context, to)),
  };
}

/** Where the anchor's words are now; "removed" once none of them are left. */
export function resolveAnchor(context: AnchorContext, anchor: CommentAnchor): ResolvedAnchor {
  // Made by another client, or damaged: a thread we cannot place is shown as removed.
  const start = decodeAnchorEnd(anchor.start);
  const end = decodeAnchorEnd(anchor.end);
  if (!start || !end) return { kind: 'removed' };
  const { node } = context;
  const from = absoluteOf(context, start);
  const to = absoluteOf(context, end);
  if (from === null || to === null || from >= to || to > node.content.size) {
    return { kind: 'removed' };
  }
  if (node.textBetween(from, to, ' ').trim() === '') return { kind: 'removed' };
  return { kind: 'found', from, to };
}

/** The selected words as the thread quotes them: spaces tidied, cut short with an ellipsis. */
export function quoteOf(node: ProseMirrorNode, from: number, to: number): string {
  const text = node.textBetween(from, to, ' ').replace(/\s+/g, ' ').trim();
  return text.length <= QUOTE_MAX_LENGTH
    ? text
    : `${text.slice(0, QUOTE_MAX_LENGTH - 1).trimEnd()}…`;
}

function endAt(context: AnchorContext, position: number): AnchorEnd {
  const { fragment, mapping, node } = context;
  const block = Math.min(node.resolve(position).index(0), Math.max(0, fragment.length - 1));
  return {
    text: absolutePositionToRelativePosition(position, fragment, mapping),
    block: Y.createRelativePositionFromTypeIndex(fragment, block, 0),
  };
}

function absoluteOf(context: AnchorContext, end: AnchorEnd): number | null {
  const { doc, fragment, mapping, node } = context;
  const absolute = relativePositionToAbsolutePosition(doc, fragment, end.text, mapping);
  if (absolute !== null) return absolute;
  const decoded = Y.createAbsolutePositionFromRelativePosition(end.text, doc);
  if (decoded) {
    // y-prosemirror refuses any position that lands at the very start of the document (a guard
    // against block drag-and-drop), including the honest case where the words before an
    // anchor were deleted. Re-anchored to the start of its text, it resolves as it should.
    if (decoded.index !== 0 || !(decoded.type instanceof Y.XmlText)) return null;
    const start = Y.createRelativePositionFromTypeIndex(decoded.type, 0, -1);
    return relativePositionToAbsolutePosition(doc, fragment, start, mapping);
  }
  // The text's block was deleted and its insides dropped: the anchor end goes where the block
  // was, between the blocks that are left.
  const block = Y.createAbsolutePositionFromRelativePosition(end.block, doc);
  if (!block || block.type !== fragment) return null;
  let position = 0;
  for (let i = 0; i < Math.min(block.index, node.childCount); i++) {
    position += node.child(i).nodeSize;
  }
  return position;
}
