// Starting a comment from the editor: the selected words become an anchor and a quote.
import type { EditorState } from '@tiptap/pm/state';
import type { CommentAnchor } from '@roundtable/shared/protocol/comments';
import { createAnchor, quoteOf } from './anchors.ts';
import { anchorContextOf } from './comment-highlights.ts';

/** Shown in the button's tooltip and told to screen readers (aria-keyshortcuts). */
export const COMMENT_SHORTCUT = 'Control+Alt+M';

export interface CommentDraft {
  anchor: CommentAnchor;
  quote: string;
}

/** Ctrl+Alt+M (by key position, so it works on every keyboard layout). */
export function isCommentShortcut(event: {
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  code: string;
}): boolean {
  return (
    event.ctrlKey && event.altKey && !event.metaKey && !event.shiftKey && event.code === 'KeyM'
  );
}

/** The draft for the current selection, or null when no words are selected. */
export function commentDraftOf(state: EditorState): CommentDraft | null {
  const { from, to, empty } = state.selection;
  if (empty) return null;
  return draftForRange(state, from, to);
}

/** The draft for some words of the document (a suggestion's, say), or null if there are none. */
export function draftForRange(state: EditorState, from: number, to: number): CommentDraft | null {
  if (from >= to) return null;
  const quote = quoteOf(state.doc, from, to);
  const context = anchorContextOf(state);
  if (!quote || !context) return null;
  return { anchor: createAnchor(context, from, to), quote };
}

/** A new id for a thread or comment, made here so that sending it again changes nothing. */
export function newCommentId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
