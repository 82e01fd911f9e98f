// The live editor for one open document: the toolbar, the text, and the link dialog. It is
// only created once the document has content (from this device or the server), so it never
// writes a first paragraph of its own: that is the server's job.
import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import type { CollabSession, PresenceUser } from '../../realtime/index.ts';
import { useAnnouncer } from '../../ui/index.ts';
import { commentDraftOf, isCommentShortcut, type CommentDraft } from '../comments/index.ts';
import { useReadAloud } from '../display/index.ts';
import { createCollaborationExtensions } from './collaboration-extensions.ts';
import { textToReadAloud } from './editor-text.ts';
import { LinkDialog } from './LinkDialog.tsx';
import { LockedNotice, useLockAnnouncements } from './LockedNotice.tsx';
import { Toolbar, type ToolbarHandle } from './Toolbar.tsx';
import { useSessionSnapshot } from './useCollabSession.ts';

export interface CollaborativeEditorProps {
  session: CollabSession;
  user: PresenceUser;
  editable: boolean;
  /** The id of the page heading that names the document. */
  labelledBy: string;
  /** Opens the comment form for the selected words; absent when this person may not comment. */
  onComment?: (draft: CommentDraft) => void;
  /** Hands the editor to the comments list, which shows and finds threads in the text. */
  onEditor?: (editor: Editor | null) => void;
}

export function CollaborativeEditor({
  session,
  user,
  editable,
  labelledBy,
  onComment,
  onEditor,
}: CollaborativeEditorProps) {
  const editorId = useId();
  const helpId = useId();
  const toolbar = useRef<ToolbarHandle>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  const { registerSource } = useReadAloud();
  const firstUser = useRef(user);
  // While the group decides on a version the server drops every change: say so, and do not
  // let anyone type words that would vanish.
  const { lockedReason } = useSessionSnapshot(session);
  useLockAnnouncements(editable ? lockedReason : null);
  const canType = editable && lockedReason === null;

  const editor = useEditor(
    {
      extensions: createCollaborationExtensions(session, firstUser.current),
      injectCSS: false,
      editable: canType,
      editorProps: {
        attributes: {
          id: editorId,
          class: 'rt-editor__text',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': 'Document text',
          'aria-describedby': helpId,
          spellcheck: 'true',
        },
      },
    },
    [session],
  );

  useEffect(() => {
    if (editor.isDestroyed || editor.isEditable === canType) return;
    editor.setEditable(canType);
    // The toolbar reads its state on transactions; an empty one makes it show the change.
    editor.view.dispatch(editor.state.tr.setMeta('addToHistory', false));
  }, [editor, canType]);

  useEffect(() => {
    if (editor.isDestroyed) return;
    editor.commands.updateUser({ ...user });
  }, [editor, user]);

  useEffect(() => registerSource(() => textToReadAloud(editor)), [editor, registerSource]);

  useEffect(() => {
    onEditor?.(editor);
    return () => onEditor?.(null);
  }, [editor, onEditor]);

  const { announce } = useAnnouncer();
  const startComment = useMemo(() => {
    if (!onComment) return undefined;
    return () => {
      const draft = commentDraftOf(editor.state);
      if (draft) onComment(draft);
      else announce('Select some words first, then press Comment.');
    };
  }, [editor, onComment, announce]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (startComment && isCommentShortcut(event)) {
        event.preventDefault();
        startComment();
        return;
      }
      if (event.altKey && event.key === 'F10') {
        event.preventDefault();
        // The browser may have moved the cursor (arrow keys) without ProseMirror having read it
        // yet; read it now, or the toolbar would format where the cursor was a moment ago.
        // domObserver is internal to ProseMirror, so it is reached with care.
        (editor.view as unknown as { domObserver?: { flush?: () => void } }).domObserver?.flush?.();
        toolbar.current?.focus();
      }
    },
    [editor, startComment],
  );

  return (
    <div className="rt-editor" aria-labelledby={labelledBy} role="group">
      {lockedReason !== null ? <LockedNotice reason={lockedReason} /> : null}
      <Toolbar
        ref={toolbar}
        editor={editor}
        editorId={editorId}
        onLink={() => setLinkOpen(true)}
        {...(startComment ? { onComment: startComment } : {})}
      />
      <p className="rt-editor__help" id={helpId}>
        Tip: press Alt and F10 to reach the formatting buttons, and Esc to come back.
        {startComment ? ' To comment, select some words and press Ctrl, Alt and M.' : ''}
      </p>
      <div className="rt-editor__frame" onKeyDown={onKeyDown}>
        <EditorContent editor={editor} />
      </div>
      <LinkDialog editor={editor} open={linkOpen} onClose={() => setLinkOpen(false)} />
    </div>
  );
}
