import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { describePeopleChanges, listInWords, peopleFrom } from './people.ts';

describe('people', () => {
  it('lists you first, then others by name, skipping states without a name', () => {
    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalStateField('user', { name: 'Zoe', color: '#1d4f91' });
    const other = new Awareness(new Y.Doc());
    other.setLocalStateField('user', { name: 'Alex', color: '#b3261e' });
    awareness.states.set(other.clientID, other.getLocalState() ?? {});
    awareness.states.set(12345, { cursor: null });
    const people = peopleFrom(awareness);
    expect(people.map((person) => [person.name, person.isYou])).toEqual([
      ['Zoe', true],
      ['Alex', false],
    ]);
    awareness.destroy();
    other.destroy();
  });

  it('puts joins and leaves into short sentences', () => {
    expect(listInWords(['Sam'])).toBe('Sam');
    expect(listInWords(['Sam', 'Alex', 'Kim'])).toBe('Sam, Alex and Kim');
    expect(describePeopleChanges(['Sam', 'Alex'], [])).toBe('Sam and Alex joined.');
    expect(describePeopleChanges(['Sam'], ['Kim'])).toBe('Sam joined. Kim left.');
    expect(describePeopleChanges([], [])).toBe('');
  });
});
