// The editor's extensions in the browser: the shared document schema plus live collaboration
// (content in the Y.XmlFragment "default", undo that only undoes your own changes) and the
// coloured carets of other people, whose name labels are hidden from screen readers because the
// "Who is here" panel lists the same names.
import type { AnyExtension } from '@tiptap/core';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { Placeholder } from '@tiptap/extensions';
import { CONTENT_FRAGMENT } from '@roundtable/shared/protocol/collab';
import { createDocumentExtensions } from '@roundtable/shared/editor/extensions';
import type { CollabSession, PresenceUser } from '../../realtime/index.ts';
import { createAuthorsHighlight, type AuthorsView } from '../authors/index.ts';
import { CommentHighlights } from '../comments/index.ts';
import { HardWordMarks } from '../hard-words/index.ts';
import { ReadingHighlight } from './reading-highlight.ts';

export const EMPTY_DOCUMENT_HINT =
  'Start writing here. Everyone in this document sees what you type.';

/** Draws another person's caret: a coloured line with their name above it. */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const name = typeof user.name === 'string' && user.name.trim() ? user.name : 'Someone';
  const color = typeof user.color === 'string' ? user.color : '#37474f';
  const caret = document.createElement('span');
  caret.className = 'collaboration-carets__caret';
  caret.setAttribute('aria-hidden', 'true');
  caret.style.borderColor = color;
  const label = document.createElement('span');
  label.className = 'collaboration-carets__label';
  label.setAttribute('aria-hidden', 'true');
  label.style.backgroundColor = color;
  label.textContent = name;
  caret.append(label);
  return caret;
}

export function createCollaborationExtensions(
  session: CollabSession,
  user: PresenceUser,
  authorsView: AuthorsView,
): AnyExtension[] {
  return [
    ...createDocumentExtensions(),
    createAuthorsHighlight(authorsView, session.fragment),
    Collaboration.configure({ document: session.doc, field: CONTENT_FRAGMENT }),
    CollaborationCaret.configure({ provider: session.provider, user, render: renderCaret }),
    Placeholder.configure({ placeholder: EMPTY_DOCUMENT_HINT, showOnlyWhenEditable: true }),
    CommentHighlights,
    HardWordMarks,
    ReadingHighlight,
  ];
}
