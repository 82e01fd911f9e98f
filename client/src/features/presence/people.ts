// The people in a document, read from Yjs awareness: everyone whose browser has the document
// open, each with the name and colour they chose. Also turns joins and leaves into one short
// sentence ("Sam and Alex joined.") for the live region.
import type { Awareness } from 'y-protocols/awareness';

export interface Person {
  clientId: number;
  name: string;
  color: string;
  isYou: boolean;
}

function readUser(state: unknown): { name: string; color: string; personId: string | null } | null {
  if (typeof state !== 'object' || state === null) return null;
  const user = (state as { user?: unknown }).user;
  if (typeof user !== 'object' || user === null) return null;
  const { name, color, personId } = user as Record<string, unknown>;
  if (typeof name !== 'string' || name.trim() === '') return null;
  return {
    name: name.slice(0, 40),
    color: typeof color === 'string' ? color : '#37474f',
    personId: typeof personId === 'string' && personId !== '' ? personId : null,
  };
}

/**
 * Everyone present, you first, then by name. A signed-in person with the document open in
 * several tabs or devices is one person here.
 */
export function peopleFrom(awareness: Awareness): Person[] {
  const people: Person[] = [];
  const byPersonId = new Map<string, Person>();
  for (const [clientId, state] of awareness.getStates()) {
    const user = readUser(state);
    if (!user) continue;
    const isYou = clientId === awareness.clientID;
    const seen = user.personId ? byPersonId.get(user.personId) : undefined;
    if (seen) {
      // Your own tab speaks for you; otherwise the first one seen stays.
      if (isYou) Object.assign(seen, { clientId, name: user.name, color: user.color, isYou });
      continue;
    }
    const person = { clientId, name: user.name, color: user.color, isYou };
    people.push(person);
    if (user.personId) byPersonId.set(user.personId, person);
  }
  return people.sort((a, b) =>
    a.isYou !== b.isYou ? (a.isYou ? -1 : 1) : a.name.localeCompare(b.name, 'en-GB'),
  );
}

export function listInWords(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** "Sam joined." / "Sam and Alex joined. Kim left." */
export function describePeopleChanges(joined: readonly string[], left: readonly string[]): string {
  const parts: string[] = [];
  if (joined.length > 0) parts.push(`${listInWords(joined)} joined.`);
  if (left.length > 0) parts.push(`${listInWords(left)} left.`);
  return parts.join(' ');
}
