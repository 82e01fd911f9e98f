// The room screen: large print, read-only, for the projector at the venue. The current agenda
// item, the timer, who is speaking and the queue, the cards, and the current poll (its results
// only when everyone may see them). High contrast, huge type, no controls.
import { useParams } from 'react-router';
import { cardKinds } from '@roundtable/shared/domain/meeting/meeting';
import { usePageTitle } from '../../ui/index.ts';
import { formatClock } from '../../realtime/meeting-socket.ts';
import { PollResults } from './PollResults.tsx';
import { useTimeLeft } from './Timer.tsx';
import { nameOf, useMeetingConnection } from './useMeeting.ts';
import { cardWords, phaseWords } from './words.tsx';
import type { MeetingView } from '@roundtable/shared/domain/meeting/view';
import './meeting.css';

function RoomTimer({ view, clockOffsetMs }: { view: MeetingView; clockOffsetMs: number }) {
  const left = useTimeLeft(view, clockOffsetMs);
  const up = view.timer.state === 'running' && left === 0;
  return (
    <div className="rt-room__timer" data-testid="room-timer">
      <span role="timer">{formatClock(left)}</span>
      <span className="rt-room__small">
        {up
          ? 'Time is up'
          : view.timer.state === 'paused'
            ? 'Paused'
            : view.timer.state === 'idle'
              ? 'Timer not started'
              : 'left'}
      </span>
    </div>
  );
}

export function RoomPage() {
  const { meetingId = '' } = useParams();
  const { snapshot } = useMeetingConnection(meetingId);
  const { view, status, clockOffsetMs } = snapshot;
  usePageTitle(view ? `Room screen: ${view.title}` : 'Room screen');
  const item = view?.agenda.find((i) => i.id === view.currentItemId);
  const poll = view?.polls.filter((p) => p.state === 'open').at(-1) ?? view?.polls.at(-1);

  return (
    <main className="rt-room" id="main">
      <h1 className="rt-room__title">{view ? view.title : 'Room screen'}</h1>
      {status.kind === 'stopped' ? <p role="alert">{status.message}</p> : null}
      {status.kind === 'reconnecting' ? <p role="status">Reconnecting…</p> : null}
      {view ? (
        view.status.phase !== 'live' ? (
          <p className="rt-room__big">{phaseWords(view.status.phase)}</p>
        ) : (
          <div className="rt-room__grid">
            <section className="rt-room__box rt-room__now" aria-label="Now">
              <h2>Now</h2>
              <p className="rt-room__big" data-testid="room-item">
                {item ? item.title : 'No agenda item'}
              </p>
              <RoomTimer view={view} clockOffsetMs={clockOffsetMs} />
            </section>
            <section className="rt-room__box" aria-label="Hands">
              <h2>Speaking</h2>
              <p className="rt-room__big" data-testid="room-speaking">
                {view.hands.speaking ? nameOf(view, view.hands.speaking) : 'Nobody'}
              </p>
              <h2>Hands up</h2>
              {view.hands.queue.length === 0 ? (
                <p>No hands up</p>
              ) : (
                <ol data-testid="room-queue">
                  {view.hands.queue.map((hand) => (
                    <li key={hand.userId}>{nameOf(view, hand.userId)}</li>
                  ))}
                </ol>
              )}
            </section>
            <section className="rt-room__box" aria-label="Cards">
              <h2>Cards</h2>
              <ul className="rt-room__cards" data-testid="room-cards">
                {cardKinds.map((kind) => (
                  <li key={kind} className={`rt-room__card rt-meeting-card--${kind}`}>
                    <span className="rt-room__card-icon" aria-hidden="true">
                      {cardWords[kind].icon}
                    </span>
                    {cardWords[kind].short}: {view.cards.counts[kind]}
                  </li>
                ))}
              </ul>
            </section>
            {poll ? (
              <section className="rt-room__box rt-room__poll" aria-label="Poll">
                <h2>{poll.state === 'open' ? 'Poll' : 'Last poll (closed)'}</h2>
                <p className="rt-room__question">{poll.question}</p>
                <PollResults poll={poll} />
              </section>
            ) : null}
          </div>
        )
      ) : (
        <p>Connecting…</p>
      )}
    </main>
  );
}
