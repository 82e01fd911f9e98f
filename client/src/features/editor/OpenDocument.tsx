// A document that is open for editing: the connection status, the editor (once there is content
// to show), and who is here. It owns the document's CollabSession.
import type { Editor } from '@tiptap/core';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { listSuggestions } from '@roundtable/shared/editor/suggestions';
import { Link } from 'react-router';
import { Dialog, useAnnouncer } from '../../ui/index.ts';
import type { CollabSession } from '../../realtime/index.ts';
import { AuthorsPanel, AuthorsView } from '../authors/index.ts';
import { ConnectionStatus, stoppedReason, useUnsentChangesWarning } from '../connection/index.ts';
import {
  CommentsPanel,
  NewCommentDialog,
  newCommentId,
  useComments,
  useSuggestionReplies,
  type CommentAuthor,
  type CommentDraft,
  type CommentsController,
  type SuggestionReplies,
} from '../comments/index.ts';
import { HardWordsInDocument, useHardWords } from '../hard-words/index.ts';
import { KeepInStepPanel, StaleNotice, useKeepInStep } from '../easy-read/index.ts';
import { useMemberNames } from '../members/index.ts';
import { PlainEnglishPanel } from '../plain-english/index.ts';
import { NameForm, WhoIsHere, usePeopleAnnouncements, type Identity } from '../presence/index.ts';
import { CollaborativeEditor } from './CollaborativeEditor.tsx';
import { useCollabSession, useSessionSnapshot } from './useCollabSession.ts';

export interface OpenDocumentProps {
  documentId: string;
  identity: Identity;
  onChangeName: (name: string) => void;
  titleId: string;
  /** False for someone who may only read (an observer). */
  mayEdit: boolean;
  workspaceId: string | undefined;
  /** The signed-in person's id, or null without sign-in. */
  me: string | null;
  /** The signed-in person, for comments; null without sign-in (then there are no comments). */
  commentAuthor: CommentAuthor | null;
  /** May add comments (observers only when the workspace allows it). */
  mayComment: boolean;
  /** On an Easy Read version: the full draft it keeps in step with. */
  easyReadOf: string | null;
}

interface DocumentCommentsState {
  comments: CommentsController;
  replies: SuggestionReplies;
}

/** Loads the comments once for the list beside the text and the suggestion cards' replies. */
function WithComments({
  session,
  documentId,
  me,
  mayComment,
  children,
}: {
  session: CollabSession;
  documentId: string;
  me: CommentAuthor;
  mayComment: boolean;
  children: (state: DocumentCommentsState) => ReactNode;
}) {
  const comments = useComments({ session, documentId, me });
  const replies = useSuggestionReplies(comments, mayComment);
  return <>{children({ comments, replies })}</>;
}

function DocumentComments({
  comments,
  documentId,
  editor,
  workspaceId,
  mayComment,
  draft,
  onDraftDone,
}: {
  comments: CommentsController;
  documentId: string;
  editor: Editor | null;
  workspaceId: string | undefined;
  mayComment: boolean;
  draft: CommentDraft | null;
  onDraftDone: () => void;
}) {
  const { announce } = useAnnouncer();
  const names = useMemberNames(workspaceId);
  // "On Sam’s suggestion", while the suggestion is still in the text.
  const suggestionAuthorOf = useCallback(
    (suggestionId: string): string | null => {
      if (!editor) return null;
      const found = listSuggestions(editor.state.doc).find((s) => s.id === suggestionId);
      if (!found) return null;
      return (found.author && names.get(found.author)) || 'Someone';
    },
    [editor, names],
  );
  return (
    <>
      <CommentsPanel
        comments={comments}
        editor={editor}
        canComment={mayComment}
        suggestionAuthorOf={suggestionAuthorOf}
      />
      <NewCommentDialog
        draft={draft}
        onClose={onDraftDone}
        onSubmit={({ anchor, quote }, body) => {
          comments.act({
            kind: 'create',
            documentId,
            body: { id: newCommentId(), commentId: newCommentId(), anchor, quote, body },
          });
          announce('Your comment was added to the Comments list.');
          onDraftDone();
        }}
      />
    </>
  );
}

function OpenSession({
  documentId,
  session,
  identity,
  onChangeName,
  titleId,
  mayEdit,
  workspaceId,
  me,
  commentAuthor,
  mayComment,
  easyReadOf,
}: OpenDocumentProps & { session: CollabSession }) {
  const layout = (state: DocumentCommentsState | null) => (
    <SessionLayout
      {...{ documentId, session, identity, onChangeName, titleId, mayEdit, workspaceId, me }}
      easyReadOf={easyReadOf}
      commentAuthor={commentAuthor}
      mayComment={mayComment}
      commentsState={state}
    />
  );
  if (!commentAuthor) return layout(null);
  return (
    <WithComments
      session={session}
      documentId={documentId}
      me={commentAuthor}
      mayComment={mayComment}
    >
      {layout}
    </WithComments>
  );
}

function SessionLayout({
  documentId,
  session,
  identity,
  onChangeName,
  titleId,
  mayEdit,
  workspaceId,
  me,
  commentAuthor,
  mayComment,
  commentsState,
  easyReadOf,
}: OpenDocumentProps & { session: CollabSession; commentsState: DocumentCommentsState | null }) {
  const { connection, contentReady } = useSessionSnapshot(session);
  // One per open document: whether this person shades the text by writer, and the names.
  const authorsView = useMemo(() => new AuthorsView(), []);
  const [naming, setNaming] = useState(false);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [draft, setDraft] = useState<CommentDraft | null>(null);
  const commenting = commentAuthor !== null && mayComment;
  const keepInStep = useKeepInStep(easyReadOf, editor);
  const hardWords = useHardWords(workspaceId);
  useUnsentChangesWarning(connection);
  usePeopleAnnouncements(session);
  const stopped = connection.kind === 'stopped';

  return (
    <>
      <ConnectionStatus state={connection} />
      {stopped ? (
        <div className="rt-card rt-problem" role="alert">
          <p>{stoppedReason(connection.code, connection.reason)}</p>
          <p>
            <Link to="/">Go back to all workspaces and documents</Link>
          </p>
        </div>
      ) : null}
      {!mayEdit && !stopped ? (
        <p className="rt-card rt-read-only">You can read this document but not change it.</p>
      ) : null}
      {keepInStep ? <StaleNotice keepInStep={keepInStep} /> : null}
      <div className="rt-doc-layout">
        <div className="rt-doc-layout__main">
          {contentReady ? (
            <CollaborativeEditor
              session={session}
              user={identity}
              editable={mayEdit && !stopped}
              labelledBy={titleId}
              authorsView={authorsView}
              suggestions={{
                documentId,
                workspaceId,
                me,
                ...(commentsState ? { replies: commentsState.replies } : {}),
              }}
              onEditor={setEditor}
              {...(keepInStep ? { extraExtensions: keepInStep.extensions } : {})}
              {...(commenting ? { onComment: setDraft } : {})}
            />
          ) : (
            <div className="rt-card rt-opening">
              <p>Opening the document…</p>
              {connection.kind === 'offline' ? (
                <p>
                  You are offline, and this document has not been opened on this device before. It
                  will open when you are back online.
                </p>
              ) : null}
            </div>
          )}
        </div>
        <aside className="rt-doc-layout__aside">
          {keepInStep ? (
            <KeepInStepPanel
              keepInStep={keepInStep}
              documentId={documentId}
              editor={editor}
              mayMark={mayEdit && !stopped}
            />
          ) : null}
          <WhoIsHere awareness={session.awareness} onChangeName={() => setNaming(true)} />
          {commentsState ? (
            <DocumentComments
              comments={commentsState.comments}
              documentId={documentId}
              workspaceId={workspaceId}
              editor={editor}
              mayComment={mayComment}
              draft={draft}
              onDraftDone={() => setDraft(null)}
            />
          ) : null}
          {workspaceId ? <HardWordsInDocument editor={editor} workspaceId={workspaceId} /> : null}
          <AuthorsPanel documentId={documentId} session={session} view={authorsView} />
          <PlainEnglishPanel
            editor={editor}
            easyRead={easyReadOf !== null}
            workspaceWords={hardWords}
          />
        </aside>
      </div>
      <Dialog open={naming} title="Change your name" onClose={() => setNaming(false)}>
        <NameForm
          initialName={identity.name}
          submitLabel="Save my name"
          onSubmit={(name) => {
            onChangeName(name);
            setNaming(false);
          }}
          onCancel={() => setNaming(false)}
        />
      </Dialog>
    </>
  );
}

export function OpenDocument(props: OpenDocumentProps) {
  const session = useCollabSession(props.documentId, props.identity);
  if (!session) return <p className="rt-muted">Opening the document…</p>;
  return <OpenSession session={session} {...props} />;
}
