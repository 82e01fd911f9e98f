// The "Who is here" panel: everyone with the document open, you first. Screen readers get the
// names here, not from the carets in the text (those are hidden from them).
import { useId } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { Button, PencilIcon } from '../../ui/index.ts';
import { usePeople } from './usePeople.ts';
import './presence.css';

export interface WhoIsHereProps {
  awareness: Awareness;
  onChangeName: () => void;
}

export function WhoIsHere({ awareness, onChangeName }: WhoIsHereProps) {
  const people = usePeople(awareness);
  const headingId = useId();
  const others = people.filter((person) => !person.isYou).length;
  return (
    <section className="rt-who" aria-labelledby={headingId} data-testid="who-is-here">
      <h2 className="rt-who__title" id={headingId}>
        Who is here
      </h2>
      <p className="rt-who__summary">
        {others === 0
          ? 'Only you are here right now.'
          : `${others + 1} people are here, including you.`}
      </p>
      <ul className="rt-who__list">
        {people.map((person) => (
          <li key={person.clientId} className="rt-who__person">
            <span
              className="rt-who__swatch"
              aria-hidden="true"
              style={{ backgroundColor: person.color }}
            />
            <span className="rt-who__name">{person.name}</span>
            {person.isYou ? <span className="rt-who__you">(you)</span> : null}
          </li>
        ))}
      </ul>
      <Button icon={<PencilIcon />} onClick={onChangeName}>
        Change my name
      </Button>
    </section>
  );
}
