// Finding words in free text as people read them: a name or word as a whole, never the start of
// a longer word ("Mo" in "Mo said", not in "Moving"), whatever the script.

/** `text` with every character a regular expression treats specially escaped. */
export const escapeForPattern = (text: string): string =>
  text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern matching any of `sources` (already patterns) where it stands as whole words. */
export const wholeWordsPattern = (sources: readonly string[], flags: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, `${flags}u`);
