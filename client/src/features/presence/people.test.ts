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

  it('lists a signed-in person once however many tabs they have open', () => {
    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalStateField('user', { name: 'Sam', color: '#1d4f91', personId: 'p-sam' });
    awareness.states.set(11, { user: { name: 'Sam', color: '#1d4f91', personId: 'p-sam' } });
    awareness.states.set(12, { user: { name: 'Ada', color: '#b3261e', personId: 'p-ada' } });
    awareness.states.set(13, { user: { name: 'Ada', color: '#b3261e', personId: 'p-ada' } });
    // Without a person id (not signed in) two names stay two people.
    awareness.states.set(14, { user: { name: 'Guest', color: '#6a1b9a' } });
    awareness.states.set(15, { user: { name: 'Guest', color: '#6a1b9a' } });
    expect(peopleFrom(awareness).map((person) => [person.name, person.isYou])).toEqual([
      ['Sam', true],
      ['Ada', false],
      ['Guest', false],
      ['Guest', false],
    ]);
    awareness.destroy();
  });

  it('puts joins and leaves into short sentences', () => {
    expect(listInWords(['Sam'])).toBe('Sam');
    expect(listInWords(['Sam', 'Alex', 'Kim'])).toBe('Sam, Alex and Kim');
    expect(describePeopleChanges(['Sam', 'Alex'], [])).toBe('Sam and Alex joined.');
    expect(describePeopleChanges(['Sam'], ['Kim'])).toBe('Sam joined. Kim left.');
    expect(describePeopleChanges([], [])).toBe('');
  });
});
