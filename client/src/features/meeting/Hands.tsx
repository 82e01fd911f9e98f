// Raised hands: anyone who may take part raises or lowers theirs and is told their place; the
// facilitator picks who speaks and marks them done.
import { useId } from 'react';
import type { MeetingView } from '@roundtable/shared/domain/meeting/view';
import { Button, HandIcon, NextIcon, VisuallyHidden } from '../../ui/index.ts';
import { handWords } from '../../realtime/meeting-socket.ts';
import { nameOf, type RunCommand } from './useMeeting.ts';

export interface HandsProps {
  view: MeetingView;
  myId: string;
  mayTakePart: boolean;
  runs: boolean;
  run: RunCommand;
  error: string | null;
}

export function Hands({ view, myId, mayTakePart, runs, run, error }: HandsProps) {
  const headingId = useId();
  const live = view.status.phase === 'live';
  const mine = handWords(view.hands, myId);
  const myTurn = view.hands.speaking === myId;
  const raised = view.hands.queue.some((hand) => hand.userId === myId);
  return (
    <section className="rt-meeting-section" aria-labelledby={headingId} id="meeting-hands">
      <h2 id={headingId}>Hands</h2>
      {myTurn ? (
        <p className="rt-meeting-turn" data-testid="my-hand">
          <HandIcon /> It’s your turn. Please speak now.
        </p>
      ) : mine ? (
        <p className="rt-meeting-place" data-testid="my-hand">
          {mine}
        </p>
      ) : null}
      <p data-testid="now-speaking">
        {view.hands.speaking
          ? `Now speaking: ${view.hands.speaking === myId ? 'you' : nameOf(view, view.hands.speaking)}`
          : 'Nobody is speaking from the queue.'}
      </p>
      {error ? (
        <p className="rt-form-error" role="alert">
          {error}
        </p>
      ) : null}
      {mayTakePart && live && !myTurn ? (
        raised ? (
          <Button icon={<HandIcon />} onClick={() => void run({ type: 'hand:lower' })}>
            Lower my hand
          </Button>
        ) : (
          <Button
            variant="primary"
            icon={<HandIcon />}
            onClick={() => void run({ type: 'hand:raise' })}
          >
            Raise my hand
          </Button>
        )
      ) : null}
      <h3>Queue</h3>
      {view.hands.queue.length === 0 ? (
        <p className="rt-muted">No hands are up.</p>
      ) : (
        <ol className="rt-meeting-queue" data-testid="hand-queue">
          {view.hands.queue.map((hand) => (
            <li key={hand.userId}>
              <span>
                {nameOf(view, hand.userId)}
                {hand.userId === myId ? ' (you)' : ''}
              </span>
              {runs && live ? (
                <Button
                  variant="quiet"
                  onClick={() => void run({ type: 'hand:speak', userId: hand.userId })}
                >
                  Let them speak
                  <VisuallyHidden>: {nameOf(view, hand.userId)}</VisuallyHidden>
                </Button>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {runs && live ? (
        <div className="rt-meeting-controls">
          <Button
            icon={<NextIcon />}
            disabled={view.hands.queue.length === 0}
            onClick={() => void run({ type: 'hand:speak' })}
          >
            Next speaker
          </Button>
          <Button disabled={!view.hands.speaking} onClick={() => void run({ type: 'hand:done' })}>
            Done speaking
          </Button>
        </div>
      ) : null}
    </section>
  );
}
