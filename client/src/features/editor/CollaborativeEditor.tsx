// The live editor for one open document: the toolbar, the text, and the link dialog. It is
// only created once the document has content (from this device or the server), so it never
// writes a first paragraph of its own: that is the server's job. Beside the toolbar, each
// person chooses Editing or Suggesting; below the text are the suggestion cards.
import { formerMemberName } from '@roundtable/shared/domain/former-members';
import {
  disableSuggestChanges,
  enableSuggestChanges,
} from '@handlewithcare/prosemirror-suggest-changes';
import type { AnyExtension, Editor } from '@tiptap/core';
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
import { AuthorsView } from '../authors/index.ts';
import { useAnnouncer } from '../../ui/index.ts';
import {
  commentDraftOf,
  isCommentShortcut,
  type CommentDraft,
  type SuggestionReplies,
} from '../comments/index.ts';
import { useReadAloud } from '../display/index.ts';
import { useEditorHardWords } from '../hard-words/index.ts';
import { useMemberNames } from '../members/index.ts';
import { PictureDialog, PictureDisplay, pictureUrl } from '../pictures/index.ts';
import {
  ModeSwitch,
  Suggesting,
  SuggestionCards,
  suggestionLabelsKey,
  type AskTheGroup,
  type EditMode,
} from '../suggestions/index.ts';
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
  /** Whether and how to shade the text by who wrote it (off when not given). */
  authorsView?: AuthorsView;
  suggestions: EditorSuggestions;
  /** Opens the comment form for the selected words; absent when this person may not comment. */
  onComment?: (draft: CommentDraft) => void;
  /** Hands the editor to the comments list, which shows and finds threads in the text. */
  onEditor?: (editor: Editor | null) => void;
  /** More extensions for this document (an Easy Read version's markers); a stable list. */
  extraExtensions?: readonly AnyExtension[];
}

export interface EditorSuggestions {
  documentId: string;
  workspaceId: string | undefined;
  /** The signed-in person's id, stamped on their suggestions. */
  me: string | null;
  /** In a meeting, a facilitator may put a suggestion to the group. */
  askTheGroup?: AskTheGroup;
  /** Replies on the suggestion cards; absent without sign-in. */
  replies?: SuggestionReplies;
}

const SOMEONE = 'Someone';
const NO_EXTENSIONS: readonly AnyExtension[] = [];

export function CollaborativeEditor({
  session,
  user,
  editable,
  labelledBy,
  authorsView: givenAuthorsView,
  suggestions,
  onComment,
  onEditor,
  extraExtensions = NO_EXTENSIONS,
}: CollaborativeEditorProps) {
  const unusedAuthorsView = useMemo(() => new AuthorsView(null), []);
  const authorsView = givenAuthorsView ?? unusedAuthorsView;
  const editorId = useId();
  const helpId = useId();
  const toolbar = useRef<ToolbarHandle>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  const [pictureOpen, setPictureOpen] = useState(false);
  const { registerSource } = useReadAloud();
  const firstUser = useRef(user);
  // While the group decides on a version the server drops every change: say so, and do not
  // let anyone type words that would vanish.
  const { lockedReason, suggestionsOnly } = useSessionSnapshot(session);
  useLockAnnouncements(editable ? lockedReason : null);
  const canType = editable && lockedReason === null;
  const [chosenMode, setMode] = useState<EditMode>('editing');
  // A draft in review takes only suggestions: the server refuses anything else.
  const mode: EditMode = suggestionsOnly !== null ? 'suggesting' : chosenMode;
  const names = useMemberNames(suggestions.workspaceId);
  const nameOf = useCallback(
    (personId: string | null) =>
      (personId ? (names.get(personId) ?? formerMemberName(personId)) : undefined) ?? SOMEONE,
    [names],
  );
  // The editor's plugins are made once per session; they read the latest through these.
  const { announce } = useAnnouncer();
  const latest = useRef({
    me: suggestions.me,
    nameOf,
    inReview: suggestionsOnly !== null,
    announce,
  });
  useEffect(() => {
    latest.current = { me: suggestions.me, nameOf, inReview: suggestionsOnly !== null, announce };
  }, [suggestions.me, nameOf, suggestionsOnly, announce]);

  const editor = useEditor(
    {
      extensions: [
        ...createCollaborationExtensions(session, firstUser.current, authorsView),
        Suggesting.configure({
          author: () => latest.current.me,
          nameOf: (personId) => latest.current.nameOf(personId),
          inReview: () => latest.current.inReview,
          onRefused: (message) => latest.current.announce(message),
        }),
        PictureDisplay.configure({
          pictureUrl: (ref) => pictureUrl(ref, suggestions.documentId),
          inReview: () => latest.current.inReview,
        }),
        ...extraExtensions,
      ],
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
    [session, authorsView, extraExtensions],
  );

  const hardWords = useEditorHardWords(editor, session, suggestions.workspaceId);

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

  useEffect(() => {
    if (editor.isDestroyed) return;
    const command = mode === 'suggesting' ? enableSuggestChanges : disableSuggestChanges;
    command(editor.state, (tr) => editor.view.dispatch(tr));
  }, [editor, mode]);

  useEffect(() => {
    // The names arrived or changed: redraw the name after each suggestion.
    if (!editor.isDestroyed)
      editor.view.dispatch(editor.state.tr.setMeta(suggestionLabelsKey, true));
  }, [editor, nameOf]);

  useEffect(() => registerSource(() => textToReadAloud(editor)), [editor, registerSource]);

  useEffect(() => {
    onEditor?.(editor);
    return () => onEditor?.(null);
  }, [editor, onEditor]);

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
      {canType ? (
        <ModeSwitch mode={mode} onChange={setMode} onlySuggesting={suggestionsOnly} />
      ) : null}
      <Toolbar
        ref={toolbar}
        editor={editor}
        editorId={editorId}
        onLink={() => setLinkOpen(true)}
        onPicture={() => setPictureOpen(true)}
        onRefused={announce}
        {...(startComment ? { onComment: startComment } : {})}
        {...(hardWords.explainWord ? { onExplainWord: hardWords.explainWord } : {})}
      />
      <p className="rt-editor__help" id={helpId}>
        Tip: press Alt and F10 to reach the formatting buttons, and Esc to come back.
        {startComment ? ' To comment, select some words and press Ctrl, Alt and M.' : ''}
      </p>
      <div className="rt-editor__frame" onKeyDown={onKeyDown}>
        <EditorContent editor={editor} />
        {hardWords.tip}
      </div>
      <LinkDialog editor={editor} open={linkOpen} onClose={() => setLinkOpen(false)} />
      {hardWords.dialog}
      <PictureDialog
        editor={editor}
        documentId={suggestions.documentId}
        open={pictureOpen}
        onClose={() => setPictureOpen(false)}
      />
      <SuggestionCards
        editor={editor}
        documentId={suggestions.documentId}
        me={suggestions.me}
        nameOf={nameOf}
        mayDecide={canType}
        {...(suggestions.askTheGroup ? { askTheGroup: suggestions.askTheGroup } : {})}
        {...(suggestions.replies ? { replies: suggestions.replies } : {})}
      />
    </div>
  );
}
