// Erased people: once a person's data is erased (a data-protection request), everything that
// named them names a pseudonym instead, "Former member 3". The pseudonym's id says its number,
// so every screen and export can name it without asking the server; the number counts
// erasures across the whole installation and never changes, even when an erasure is replayed
// after restoring a backup.

const PREFIX = 'former-member-';

/** The id that stands for the `number`th person erased. */
export const formerMemberId = (number: number): string => `${PREFIX}${number}`;

/** The number in a former member's id, or null when the id is anyone else's. */
export function formerMemberNumber(id: string): number | null {
  if (!id.startsWith(PREFIX)) return null;
  const digits = id.slice(PREFIX.length);
  return /^[1-9][0-9]{0,8}$/.test(digits) ? Number(digits) : null;
}

/** "Former member 3" for a former member's id; null for anyone else's. */
export function formerMemberName(id: string): string | null {
  const number = formerMemberNumber(id);
  return number === null ? null : `Former member ${number}`;
}
