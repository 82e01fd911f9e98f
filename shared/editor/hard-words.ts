// Hard words: words a workspace explains in easy words. They are marked in the editor, shown in
// bold in exports with a "Hard words" list at the end, and offered by the plain-English helper.
// One matcher serves all three, so a word is found the same way everywhere: whole words only,
// whatever the case, singular or plural ("Assessment" finds "assessments"), and phrases of
// several words ("care plan") with any spacing between them.
import { escapeForPattern, wholeWordsPattern } from '../domain/whole-words.ts';

export interface HardWord {
  /** The word or phrase as the workspace wrote it, e.g. "advocate" or "care plan". */
  word: string;
  /** What it means, in easy words. */
  explanation: string;
}

export interface HardWordMatch {
  /** Offset of the first character in the text searched. */
  from: number;
  /** Offset after the last character. */
  to: number;
  /** The hard word matched (as the workspace wrote it). */
  word: HardWord;
}

export const HARD_WORD_MAX_LENGTH = 60;
export const HARD_WORD_EXPLANATION_MAX_LENGTH = 300;

/** The plural endings accepted after a word's last letter: -s, -es, and -y → -ies. */
function wordPattern(word: string): string {
  const parts = word.trim().split(/\s+/).map(escapeForPattern);
  const last = parts.pop() ?? '';
  const lastForms = /[^aeiou]y$/i.test(last)
    ? `(?:${last}|${last.slice(0, -1)}ies)`
    : `${last}(?:s|es)?`;
  return [...parts, lastForms].join('\\s+');
}

/**
 * Finds every hard word in `text`. Longer words win where two overlap ("care plan" before
 * "care"); matches never overlap and come in the order of the text.
 */
export function findHardWords(text: string, words: readonly HardWord[]): HardWordMatch[] {
  const usable = words
    .filter((entry) => entry.word.trim().length > 0)
    .sort((a, b) => b.word.trim().length - a.word.trim().length);
  if (usable.length === 0 || text.length === 0) return [];
  const pattern = wholeWordsPattern(
    usable.map((entry) => `(${wordPattern(entry.word)})`),
    'gi',
  );
  const matches: HardWordMatch[] = [];
  for (const match of text.matchAll(pattern)) {
    const group = match.slice(1).findIndex((value) => value !== undefined);
    const word = usable[group];
    if (!word || match.index === undefined) continue;
    matches.push({ from: match.index, to: match.index + match[0].length, word });
  }
  return matches;
}

/** The hard words that occur in the texts, each once, in alphabetical order: the list at the end. */
export function hardWordsUsed(texts: readonly string[], words: readonly HardWord[]): HardWord[] {
  const used = new Set<HardWord>();
  for (const text of texts) for (const match of findHardWords(text, words)) used.add(match.word);
  return [...used].sort((a, b) => a.word.localeCompare(b.word, 'en-GB', { sensitivity: 'base' }));
}
