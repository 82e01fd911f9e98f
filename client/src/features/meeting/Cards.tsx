// The four cards inclusive meetings use. Each has a picture and words, never colour alone.
// Everyone sees how many are up; the facilitator sees whose.
import { useId } from 'react';
import { cardKinds } from '@roundtable/shared/domain/meeting/meeting';
import type { MeetingView } from '@roundtable/shared/domain/meeting/view';
import { Button } from '../../ui/index.ts';
import { nameOf, type RunCommand } from './useMeeting.ts';
import { cardWords } from './words.tsx';

export interface CardsProps {
  view: MeetingView;
  mayTakePart: boolean;
  run: RunCommand;
  error: string | null;
}

export function Cards({ view, mayTakePart, run, error }: CardsProps) {
  const headingId = useId();
  const live = view.status.phase === 'live';
  const mine = view.cards.mine;
  return (
    <section className="rt-meeting-section" aria-labelledby={headingId} id="meeting-cards">
      <h2 id={headingId}>Cards</h2>
      {mayTakePart && live ? (
        <>
          <p>Show a card to tell the group how you feel. Press it again to put it down.</p>
          <div className="rt-meeting-cards" role="group" aria-label="Show a card">
            {cardKinds.map((kind) => (
              <button
                key={kind}
                type="button"
                className={`rt-meeting-card rt-meeting-card--${kind}`}
                aria-pressed={mine === kind}
                onClick={() =>
                  void run(mine === kind ? { type: 'card:clear' } : { type: 'card:show', kind })
                }
              >
                <span className="rt-meeting-card__icon" aria-hidden="true">
                  {cardWords[kind].icon}
                </span>
                <span>{cardWords[kind].label}</span>
              </button>
            ))}
          </div>
          {mine ? (
            <p className="rt-meeting-place" data-testid="my-card">
              You are showing: {cardWords[mine].label}.{' '}
              <Button variant="quiet" onClick={() => void run({ type: 'card:clear' })}>
                Put my card down
              </Button>
            </p>
          ) : null}
        </>
      ) : null}
      {error ? (
        <p className="rt-form-error" role="alert">
          {error}
        </p>
      ) : null}
      <h3>Cards up now</h3>
      <ul className="rt-meeting-counts" data-testid="card-counts">
        {cardKinds.map((kind) => (
          <li key={kind}>
            <span className="rt-meeting-card__icon" aria-hidden="true">
              {cardWords[kind].icon}
            </span>
            {cardWords[kind].short}: {view.cards.counts[kind]}
          </li>
        ))}
      </ul>
      {view.cards.named && view.cards.named.length > 0 ? (
        <>
          <h3>Who is showing a card</h3>
          <ul className="rt-meeting-named-cards" data-testid="card-names">
            {view.cards.named.map((card) => (
              <li key={card.userId}>
                {nameOf(view, card.userId)}: {cardWords[card.kind].label}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
