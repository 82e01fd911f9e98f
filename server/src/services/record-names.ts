// People who chose not to be named in the co-production record are not named in its free text
// either: an action's "who", what it is, and a decision are words a facilitator typed, and may
// hold a name. Each name of someone who said no is replaced, whatever its case, where it stands
// as a whole word (so "Mo" goes, "Moving" stays).

import { escapeForPattern, wholeWordsPattern } from '@roundtable/shared/domain/whole-words';

export const UNNAMED = 'a member of the group';

/** `text` with every name in `unnamed` replaced by "a member of the group". */
export function withoutNames(text: string, unnamed: readonly string[]): string {
  const names = unnamed
    .map((name) => name.trim())
    .filter((name) => name.length > 1)
    // Longest first, so "Mo Khan" goes whole before "Mo".
    .sort((a, b) => b.length - a.length);
  if (names.length === 0) return text;
  const pattern = wholeWordsPattern(names.map(escapeForPattern), 'gi');
  return text.replace(pattern, UNNAMED);
}
