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

function readUser(state: unknown): { name: string; color: string } | null {
  if (typeof state !== 'object' || state === null) return null;
  const user = (state as { user?: unknown }).user;
  if (typeof user !== 'object' || user === null) return null;
  const { name, color } = user as Record<string, unknown>;
  if (typeof name !== 'string' || name.trim() === '') return null;
  return { name: name.slice(0, 40), color: typeof color === 'string' ? color : '#37474f' };
}

/** Everyone present, you first, then by name. */
export function peopleFrom(awareness: Awareness): Person[] {
  const people: Person[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    const user = readUser(state);
    if (user) people.push({ clientId, ...user, isYou: clientId === awareness.clientID });
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
