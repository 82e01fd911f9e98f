// "Who is here": everyone in the meeting now, facilitators marked, you first.
import { useId } from 'react';
import type { MeetingView } from '@roundtable/shared/domain/meeting/view';
import { isFacilitator } from './words.tsx';

export function Roster({ view, myId }: { view: MeetingView; myId: string }) {
  const headingId = useId();
  const people = [...view.roster].sort(
    (a, b) => Number(b.userId === myId) - Number(a.userId === myId),
  );
  const left = Object.entries(view.attendance).filter(
    ([userId]) => !view.roster.some((person) => person.userId === userId),
  );
  return (
    <section className="rt-meeting-section" aria-labelledby={headingId} id="meeting-who">
      <h2 id={headingId}>Who is here</h2>
      <p>{people.length === 1 ? 'Only you are here.' : `${people.length} people are here.`}</p>
      <ul className="rt-meeting-roster" data-testid="meeting-roster">
        {people.map((person) => (
          <li key={person.userId}>
            <span
              className="rt-meeting-roster__swatch"
              aria-hidden="true"
              style={{ backgroundColor: person.colour }}
            />
            <span>
              {person.name}
              {person.userId === myId ? ' (you)' : ''}
            </span>
            {isFacilitator(person.role) ? (
              <span className="rt-meeting-badge">Facilitator</span>
            ) : null}
          </li>
        ))}
      </ul>
      {left.length > 0 ? (
        <p className="rt-muted">Here earlier: {left.map(([, who]) => who.name).join(', ')}</p>
      ) : null}
    </section>
  );
}
