// The document in the middle of the meeting page: the live editor for one of the meeting's
// documents (a picker when there are several), and "follow me". The facilitator invites everyone
// to the heading their cursor is in; others are asked, and only pressing Go moves their view
// and caret. Nobody's caret moves on its own.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { MeetingView } from '@roundtable/shared/domain/meeting/view';
import { Button, NextIcon, useAnnouncer } from '../../ui/index.ts';
import { ConnectionStatus, stoppedReason } from '../connection/index.ts';
// The editor feature exports only its page; the meeting reuses its editor parts directly.
import { CollaborativeEditor, type EditorSuggestions } from '../editor/CollaborativeEditor.tsx';
import type { AskTheGroup } from '../suggestions/index.ts';
import { useCollabSession, useSessionSnapshot } from '../editor/useCollabSession.ts';
import '../editor/editor.css';
import type { CollabSession, PresenceUser } from '../../realtime/index.ts';
import { nameOf, type RunCommand } from './useMeeting.ts';

const CARET_SELECTOR = '.collaboration-carets__caret';

function headingText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const caret of copy.querySelectorAll(CARET_SELECTOR)) caret.remove();
  return (copy.textContent ?? '').trim();
}

/** The heading above (or at) the selection in the editor, if any. */
function headingAtSelection(root: Element): string | null {
  const selection = document.getSelection();
  const node = selection?.anchorNode;
  if (!node || !root.contains(node)) return null;
  let block: Node | null = node;
  while (block && block.parentNode !== root) block = block.parentNode;
  let element = block instanceof Element ? block : null;
  while (element && !/^H[1-6]$/.test(element.tagName)) element = element.previousElementSibling;
  return element ? headingText(element) || null : null;
}

function findHeading(root: Element, heading: string): HTMLElement | null {
  for (const element of root.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')) {
    if (headingText(element) === heading) return element;
  }
  return null;
}

/** Scrolls to a heading and puts the caret at its start: only when the person chose to go. */
function goToHeading(root: Element, heading: string): boolean {
  const target = findHeading(root, heading);
  if (!target) return false;
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  const editor = root as HTMLElement;
  editor.focus({ preventScroll: true });
  const range = document.createRange();
  range.setStart(target, 0);
  range.collapse(true);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return true;
}

export interface MeetingDocumentProps {
  view: MeetingView;
  titles: Record<string, string>;
  user: PresenceUser;
  myId: string;
  mayEdit: boolean;
  runs: boolean;
  run: RunCommand;
}

export function MeetingDocument({
  view,
  titles,
  user,
  myId,
  mayEdit,
  runs,
  run,
}: MeetingDocumentProps) {
  const [documentId, setDocumentId] = useState(view.documentIds[0] ?? null);
  const [pending, setPending] = useState<string | null>(null);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const [cursorHeading, setCursorHeading] = useState<string | null>(null);
  const [inviteSent, setInviteSent] = useState<string | null>(null);
  const area = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const { announce } = useAnnouncer();

  const editorRoot = useCallback(() => area.current?.querySelector('.rt-editor__text') ?? null, []);

  // Remember the heading the facilitator's cursor is in.
  useEffect(() => {
    if (!runs) return;
    const onChange = () => {
      const root = editorRoot();
      if (!root || !root.contains(document.getSelection()?.anchorNode ?? null)) return;
      setCursorHeading(headingAtSelection(root));
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [runs, editorRoot]);

  // After Go to another document: wait for its text, then go to the heading.
  useEffect(() => {
    if (!pending) return;
    let tries = 0;
    const timer = setInterval(() => {
      const root = editorRoot();
      tries += 1;
      if ((root && goToHeading(root, pending)) || tries > 50) {
        if (tries > 50) announce(`We could not find “${pending}” in the document.`);
        setPending(null);
        clearInterval(timer);
      }
    }, 200);
    return () => clearInterval(timer);
  }, [pending, editorRoot, announce]);

  const follow = view.follow;
  const invitation =
    follow && follow.by !== myId && follow.at !== dismissedAt && view.status.phase === 'live'
      ? follow
      : null;

  if (!documentId) {
    return (
      <div className="rt-card rt-empty-state">
        <p>This meeting has no document. The meeting tools are beside this.</p>
      </div>
    );
  }

  return (
    <div className="rt-meeting-doc" ref={area}>
      {invitation ? (
        <div className="rt-notice rt-meeting-invite" data-testid="follow-invite">
          <p>
            {nameOf(view, invitation.by)} invites you to “{invitation.heading}”. Go there?
          </p>
          <div className="rt-meeting-controls">
            <Button
              variant="primary"
              icon={<NextIcon />}
              onClick={() => {
                setDismissedAt(invitation.at);
                if (invitation.documentId !== documentId) setDocumentId(invitation.documentId);
                setPending(invitation.heading);
              }}
            >
              Go
            </Button>
            <Button variant="quiet" onClick={() => setDismissedAt(invitation.at)}>
              Not now
            </Button>
          </div>
        </div>
      ) : null}
      {view.documentIds.length > 1 ? (
        <div className="rt-meeting-controls" role="group" aria-label="Which document">
          {view.documentIds.map((id) => (
            <Button
              key={id}
              aria-pressed={id === documentId}
              variant={id === documentId ? 'primary' : 'secondary'}
              onClick={() => setDocumentId(id)}
            >
              {titles[id] ?? 'Document'}
            </Button>
          ))}
        </div>
      ) : null}
      <h2 className="rt-meeting-doc__title" id={headingId}>
        {titles[documentId] ?? 'The document'}
      </h2>
      {runs && view.status.phase === 'live' ? (
        <div className="rt-meeting-follow">
          <p>
            {cursorHeading
              ? `Your cursor is in “${cursorHeading}”.`
              : 'Put your cursor in a section of the document to invite everyone there.'}
          </p>
          <Button
            disabled={!cursorHeading}
            onClick={() => {
              if (!cursorHeading) return;
              void run({ type: 'follow:invite', documentId, heading: cursorHeading }).then((ok) => {
                if (ok) setInviteSent(cursorHeading);
              });
            }}
          >
            Invite everyone to this heading
          </Button>
          {inviteSent ? (
            <p role="status" className="rt-muted">
              You invited everyone to “{inviteSent}”.
            </p>
          ) : null}
        </div>
      ) : null}
      <DocumentEditor
        key={documentId}
        documentId={documentId}
        user={user}
        mayEdit={mayEdit}
        labelledBy={headingId}
        suggestions={{
          documentId,
          workspaceId: view.workspaceId,
          me: myId,
          ...(runs && view.status.phase === 'live'
            ? { askTheGroup: askTheGroup(view, documentId, run) }
            : {}),
        }}
      />
    </div>
  );
}

/** The facilitator puts a suggestion to the group as an agree / not sure / disagree poll. */
function askTheGroup(view: MeetingView, documentId: string, run: RunCommand): AskTheGroup {
  const asking = new Set(
    view.polls
      .filter((poll) => poll.state === 'open' && poll.suggestion?.documentId === documentId)
      .map((poll) => poll.suggestion?.suggestionId ?? ''),
  );
  return {
    asking,
    ask: (suggestion, what, who) =>
      run({
        type: 'poll:open',
        question: `${who} suggests: ${what}. Should we make this change?`,
        kind: 'agree',
        options: [],
        anonymous: false,
        results: 'live',
        suggestion: { documentId, suggestionId: suggestion.id, summary: what },
      }),
  };
}

interface DocumentEditorProps {
  documentId: string;
  user: PresenceUser;
  mayEdit: boolean;
  labelledBy: string;
  suggestions: EditorSuggestions;
}

function DocumentEditor({ documentId, user, ...rest }: DocumentEditorProps) {
  const session = useCollabSession(documentId, user);
  if (!session) return <p className="rt-muted">Opening the document…</p>;
  return <OpenEditor session={session} user={user} {...rest} />;
}

function OpenEditor({
  session,
  user,
  mayEdit,
  labelledBy,
  suggestions,
}: Omit<DocumentEditorProps, 'documentId'> & { session: CollabSession }) {
  const { connection, contentReady } = useSessionSnapshot(session);
  const stopped = connection.kind === 'stopped';
  return (
    <>
      <ConnectionStatus state={connection} />
      {connection.kind === 'stopped' ? (
        <p className="rt-card rt-problem" role="alert">
          {stoppedReason(connection.code, connection.reason)}
        </p>
      ) : null}
      {contentReady ? (
        <CollaborativeEditor
          session={session}
          user={user}
          editable={mayEdit && !stopped}
          labelledBy={labelledBy}
          suggestions={suggestions}
        />
      ) : (
        <p className="rt-card">Opening the document…</p>
      )}
    </>
  );
}
