// Who this person is, until sign-in exists: a display name they type once and a colour picked
// for them, both remembered in this browser. Every colour has at least 5:1 contrast with white
// text, so the name label on their caret is easy to read.

export interface Identity {
  name: string;
  color: string;
  /** Set when signed in, so several tabs of one person show as one person. */
  personId?: string;
}

export const PRESENCE_COLOURS = [
  '#b3261e',
  '#1b6e2a',
  '#1d4f91',
  '#6a1b9a',
  '#8a4b00',
  '#00695c',
  '#ad1457',
  '#0e7490',
] as const;

export const IDENTITY_STORAGE_KEY = 'roundtable.identity';
export const NAME_MAX_LENGTH = 40;

/** Tidies a typed name; returns null when nothing usable is left. */
export function cleanName(raw: string): string | null {
  const name = raw.replace(/\s+/g, ' ').trim().slice(0, NAME_MAX_LENGTH).trim();
  return name.length > 0 ? name : null;
}

export function pickColour(random: () => number): string {
  const index = Math.floor(random() * PRESENCE_COLOURS.length) % PRESENCE_COLOURS.length;
  return PRESENCE_COLOURS[index] ?? PRESENCE_COLOURS[0];
}

export function parseIdentity(raw: string | null): Identity | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { name, color } = value as Record<string, unknown>;
    const cleaned = typeof name === 'string' ? cleanName(name) : null;
    if (!cleaned) return null;
    const known = (PRESENCE_COLOURS as readonly string[]).includes(String(color));
    return { name: cleaned, color: known ? String(color) : PRESENCE_COLOURS[0] };
  } catch {
    return null;
  }
}

export function loadIdentity(storage: Storage): Identity | null {
  try {
    return parseIdentity(storage.getItem(IDENTITY_STORAGE_KEY));
  } catch {
    return null;
  }
}

export function saveIdentity(storage: Storage, identity: Identity): void {
  try {
    storage.setItem(IDENTITY_STORAGE_KEY, JSON.stringify(identity));
  } catch {
    // Storage may be switched off: the name still works until the page closes.
  }
}
