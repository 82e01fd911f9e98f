// The meeting page: the document in the middle and the meeting panel beside it (below it on
// a phone): agenda, timer, hands, cards, polls, the log and who is here. When the meeting ends
// it shows the summary instead.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { BackIcon, ScreenIcon, usePageTitle } from '../../ui/index.ts';
import { SignedOutNotice, useCan, useMe } from '../access/index.ts';
import type { WorkspaceAction } from '@roundtable/shared/protocol/meeting';
import { queryKeys } from '../../app/query-keys.ts';
import { listWorkspaceDocuments } from './api.ts';
import { Agenda } from './Agenda.tsx';
import { Cards } from './Cards.tsx';
import { Hands } from './Hands.tsx';
import { Log } from './Log.tsx';
import { MeetingDocument } from './MeetingDocument.tsx';
import { Polls } from './Polls.tsx';
import { Roster } from './Roster.tsx';
import { Summary } from './Summary.tsx';
import { Timer } from './Timer.tsx';
import { useCommand, useMeetingConnection } from './useMeeting.ts';
import { useMeetingAnnouncements } from './useMeetingAnnouncements.ts';
import { useWorkspaceActions } from './WorkspaceActions.tsx';
import { formatWhen, phaseWords } from './words.tsx';
import './meeting.css';

const statusText = {
  connecting: 'Connecting to the meeting…',
  joined: 'Connected to the meeting',
  reconnecting: 'Connection lost. Trying to reconnect…',
} as const;

export function MeetingPage() {
  const { meetingId = '' } = useParams();
  const { state: me } = useMe();
  const may = useCan();
  const { connection, snapshot } = useMeetingConnection(meetingId);
  const { view, status, clockOffsetMs } = snapshot;
  const myId = me.status === 'signed-in' ? me.me.profile.id : '';
  useMeetingAnnouncements(view, myId);
  usePageTitle(view ? view.title : 'Meeting');

  const agenda = useCommand(connection);
  const timer = useCommand(connection);
  const hands = useCommand(connection);
  const cards = useCommand(connection);
  const polls = useCommand(connection);
  const log = useCommand(connection);

  const workspaceId = view?.workspaceId;
  const { data: documents } = useQuery({
    queryKey: queryKeys.workspaceDocuments(workspaceId ?? ''),
    queryFn: () => listWorkspaceDocuments(workspaceId ?? ''),
    enabled: workspaceId !== undefined,
  });
  const titles = useMemo<Record<string, string>>(
    () => (documents?.ok ? Object.fromEntries(documents.data.map((d) => [d.id, d.title])) : {}),
    [documents],
  );
  // Actions still open from earlier meetings, shown (read-only) beside this meeting's log.
  const { data: actions } = useWorkspaceActions(workspaceId);
  const earlier: WorkspaceAction[] | null = actions?.ok ? actions.data : null;

  const profile = me.status === 'signed-in' ? me.me.profile : null;
  const user = useMemo(
    () => (profile ? { name: profile.name, color: profile.colour } : null),
    [profile],
  );

  if (me.status === 'signed-out') return <SignedOutNotice />;

  const runs = may('meeting:run', workspaceId);
  const mayTakePart = may('meeting:take-part', workspaceId);
  const mayEdit = may('document:edit', workspaceId);

  return (
    <div className="rt-meeting-page">
      {view ? (
        <Link
          to={`/workspaces/${encodeURIComponent(view.workspaceId)}/meetings`}
          className="rt-back-link"
        >
          <BackIcon /> All meetings
        </Link>
      ) : null}
      <h1 className="rt-page-title" tabIndex={-1}>
        {view ? view.title : 'Meeting'}
      </h1>
      <p className="rt-meeting-status" role="status" data-testid="meeting-connection">
        {status.kind === 'stopped' ? '' : statusText[status.kind]}
      </p>
      {status.kind === 'stopped' ? (
        <div className="rt-card rt-problem" role="alert">
          <p>{status.message}</p>
          <p>
            <Link to="/">Go to all workspaces</Link>
          </p>
        </div>
      ) : null}
      {view ? (
        <>
          <div className="rt-meeting-facts">
            <p>
              <span className={`rt-meeting-phase rt-meeting-phase--${view.status.phase}`}>
                {phaseWords(view.status.phase)}
              </span>{' '}
              {formatWhen(view.startsAt)}
              {view.place ? ` · ${view.place}` : ''}
            </p>
            {runs ? (
              <Link
                to={`/meetings/${encodeURIComponent(view.id)}/room`}
                target="_blank"
                className="rt-meeting-room-link"
              >
                <ScreenIcon /> Room screen for a projector (opens in a new tab)
              </Link>
            ) : null}
          </div>
          {view.status.phase === 'ended' ? (
            <Summary view={view} />
          ) : (
            <>
              {!mayTakePart ? (
                <p className="rt-card">
                  You are watching this meeting. You can see everything, but you cannot raise your
                  hand, show a card or vote.
                </p>
              ) : null}
              <nav className="rt-meeting-jump" aria-label="Meeting tools">
                <a href="#meeting-agenda">Agenda</a>
                <a href="#meeting-timer">Timer</a>
                <a href="#meeting-hands">Hands</a>
                <a href="#meeting-cards">Cards</a>
                <a href="#meeting-polls">Polls</a>
                <a href="#meeting-log">Decisions</a>
                <a href="#meeting-who">Who is here</a>
              </nav>
              <div className="rt-meeting-layout">
                <div className="rt-meeting-layout__doc">
                  {user ? (
                    <MeetingDocument
                      view={view}
                      titles={titles}
                      user={user}
                      myId={myId}
                      mayEdit={mayEdit}
                      runs={runs}
                      run={log.run}
                    />
                  ) : null}
                </div>
                <aside className="rt-meeting-layout__panel" aria-label="Meeting panel">
                  <Agenda view={view} runs={runs} {...agenda} />
                  <Timer view={view} clockOffsetMs={clockOffsetMs} runs={runs} {...timer} />
                  <Hands view={view} myId={myId} mayTakePart={mayTakePart} runs={runs} {...hands} />
                  <Cards view={view} mayTakePart={mayTakePart} {...cards} />
                  <Polls view={view} mayTakePart={mayTakePart} runs={runs} {...polls} />
                  <Log view={view} runs={runs} earlier={earlier} {...log} />
                  <Roster view={view} myId={myId} />
                </aside>
              </div>
            </>
          )}
        </>
      ) : null}
    </div>
  );
}
