// What a public event is: when, where, the venue's access, and what to expect.
import type { PublicEvent } from '@roundtable/shared/protocol/events';
import { venueLines, whenWords } from './words.ts';

export function EventDetails({ event }: { event: PublicEvent }) {
  const venue = venueLines(event.venue);
  return (
    <div className="rt-event-details">
      <dl className="rt-event-facts">
        <div>
          <dt>When</dt>
          <dd>{whenWords(event)}</dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>{event.place}</dd>
        </div>
        <div>
          <dt>Who is running it</dt>
          <dd>{event.workspaceName}</dd>
        </div>
      </dl>
      <h2>Getting in and getting around</h2>
      {venue.length > 0 ? (
        <ul className="rt-event-venue">
          {venue.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      {event.venue.other ? <p className="rt-event-text">{event.venue.other}</p> : null}
      {venue.length === 0 && !event.venue.other ? (
        <p>Ask us about access when you book, in the box for access needs.</p>
      ) : null}
      {event.whatToExpect ? (
        <>
          <h2>What to expect</h2>
          <p className="rt-event-text">{event.whatToExpect}</p>
        </>
      ) : null}
    </div>
  );
}
