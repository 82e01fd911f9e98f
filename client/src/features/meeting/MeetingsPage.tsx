// A workspace's meetings: coming up and finished. Facilitators schedule new ones; everyone
// says whether they are coming and what they need. The actions from all the meetings stay
// listed until they are done ("You said, we did").
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { MeetingSummary } from '@roundtable/shared/protocol/meeting';
import {
  BackIcon,
  Button,
  PlusIcon,
  VisuallyHidden,
  useAnnouncer,
  usePageTitle,
} from '../../ui/index.ts';
import { SignedOutNotice, useCan, useMe } from '../access/index.ts';
import { ReviewSettingForm } from '../suggestions/index.ts';
import { AgreementRuleForm } from '../versions/index.ts';
import { ErasedCommentsSetting, ObserverCommentsSetting } from '../comments/index.ts';
import { queryKeys } from '../../app/query-keys.ts';
import { getWorkspace, listMeetings } from './api.ts';
import { Rsvp } from './Rsvp.tsx';
import { ScheduleForm } from './ScheduleForm.tsx';
import { WorkspaceActions } from './WorkspaceActions.tsx';
import { formatWhen, phaseWords } from './words.tsx';
import './meeting.css';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; meetings: MeetingSummary[] };

function MeetingItem({
  meeting,
  myId,
  runs,
}: {
  meeting: MeetingSummary;
  myId: string;
  runs: boolean;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const headingId = useId();
  const ended = meeting.phase === 'ended';
  const href = `/meetings/${encodeURIComponent(meeting.id)}`;
  return (
    <li className="rt-card rt-meeting-item">
      <h3 id={headingId}>
        <Link to={href}>{meeting.title}</Link>
      </h3>
      <p>
        <span className={`rt-meeting-phase rt-meeting-phase--${meeting.phase}`}>
          {phaseWords(meeting.phase)}
        </span>{' '}
        {formatWhen(meeting.startsAt)}
        {meeting.place ? ` · ${meeting.place}` : ''}
      </p>
      <div className="rt-meeting-controls">
        <Link className="rt-button rt-button--primary" to={href}>
          {ended
            ? 'See the summary'
            : meeting.phase === 'live'
              ? 'Join the meeting now'
              : 'Open the meeting'}
          <VisuallyHidden>: {meeting.title}</VisuallyHidden>
        </Link>
        {!ended ? (
          <Button aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
            {runs ? 'Who is coming?' : 'Say if you are coming'}
            <VisuallyHidden>: {meeting.title}</VisuallyHidden>
          </Button>
        ) : null}
        {runs && !ended ? (
          <Link className="rt-button" to={`${href}/public-event`}>
            Public event and bookings
            <VisuallyHidden>: {meeting.title}</VisuallyHidden>
          </Link>
        ) : null}
      </div>
      <div id={panelId} hidden={!open}>
        {open ? (
          <Rsvp meetingId={meeting.id} workspaceId={meeting.workspaceId} myId={myId} runs={runs} />
        ) : null}
      </div>
    </li>
  );
}

export function MeetingsPage() {
  const { workspaceId = '' } = useParams();
  const { state: me } = useMe();
  const may = useCan();
  const { announce } = useAnnouncer();
  const queryClient = useQueryClient();
  const { data: workspace } = useQuery({
    queryKey: queryKeys.workspace(workspaceId),
    queryFn: () => getWorkspace(workspaceId),
  });
  const workspaceName = workspace?.ok ? workspace.data.name : null;
  const { data: result } = useQuery({
    queryKey: queryKeys.meetings(workspaceId),
    queryFn: () => listMeetings(workspaceId),
  });
  const meetings: Loaded = !result
    ? { kind: 'loading' }
    : result.ok
      ? { kind: 'ready', meetings: result.data }
      : { kind: 'failed', message: result.problem.message };
  const [scheduling, setScheduling] = useState(false);
  const scheduleButton = useRef<HTMLButtonElement>(null);
  usePageTitle(workspaceName ? `Meetings: ${workspaceName}` : 'Meetings');
  const runs = may('meeting:run', workspaceId);
  const myId = me.status === 'signed-in' ? me.me.profile.id : '';

  const load = () => queryClient.invalidateQueries({ queryKey: queryKeys.meetings(workspaceId) });

  if (me.status === 'signed-out') return <SignedOutNotice />;

  const all = meetings.kind === 'ready' ? meetings.meetings : [];
  const upcoming = all.filter((m) => m.phase !== 'ended');
  const past = all.filter((m) => m.phase === 'ended').reverse();

  return (
    <div className="rt-meetings-page">
      <Link to="/" className="rt-back-link">
        <BackIcon /> All workspaces
      </Link>
      <h1 className="rt-page-title" tabIndex={-1}>
        Meetings{workspaceName ? `: ${workspaceName}` : ''}
      </h1>
      <p className="rt-lead">
        Workshops where we write together. Open a meeting to join it when it starts.
      </p>
      {runs && !scheduling ? (
        <Button
          ref={scheduleButton}
          variant="primary"
          icon={<PlusIcon />}
          onClick={() => setScheduling(true)}
        >
          Schedule a meeting
        </Button>
      ) : null}
      {scheduling ? (
        <ScheduleForm
          workspaceId={workspaceId}
          onCancel={() => {
            setScheduling(false);
            requestAnimationFrame(() => scheduleButton.current?.focus());
          }}
          onScheduled={(meeting) => {
            setScheduling(false);
            announce(`“${meeting.title}” is scheduled.`);
            void load();
            requestAnimationFrame(() => scheduleButton.current?.focus());
          }}
        />
      ) : null}
      {meetings.kind === 'loading' ? <p className="rt-muted">Loading meetings…</p> : null}
      {meetings.kind === 'failed' ? (
        <div className="rt-form-error" role="alert">
          <p>{meetings.message}</p>
          <Button onClick={() => void load()}>Try again</Button>
        </div>
      ) : null}
      <section aria-labelledby="meetings-upcoming">
        <h2 id="meetings-upcoming">Coming up</h2>
        {meetings.kind === 'ready' && upcoming.length === 0 ? (
          <p className="rt-empty">No meetings are planned yet.</p>
        ) : (
          <ul className="rt-meeting-list">
            {upcoming.map((meeting) => (
              <MeetingItem key={meeting.id} meeting={meeting} myId={myId} runs={runs} />
            ))}
          </ul>
        )}
      </section>
      <WorkspaceActions workspaceId={workspaceId} runs={runs} />
      <section aria-labelledby="meetings-past">
        <h2 id="meetings-past">Finished</h2>
        {meetings.kind === 'ready' && past.length === 0 ? (
          <p className="rt-empty">No meetings have finished yet.</p>
        ) : (
          <ul className="rt-meeting-list">
            {past.map((meeting) => (
              <MeetingItem key={meeting.id} meeting={meeting} myId={myId} runs={runs} />
            ))}
          </ul>
        )}
      </section>
      {runs ? <AgreementRuleForm workspaceId={workspaceId} /> : null}
      {runs ? <ReviewSettingForm workspaceId={workspaceId} /> : null}
      {runs ? <ObserverCommentsSetting workspaceId={workspaceId} /> : null}
      {runs ? <ErasedCommentsSetting workspaceId={workspaceId} /> : null}
    </div>
  );
}
