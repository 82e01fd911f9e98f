// Finding pictures by words: what a person types in the picker, or the words of the paragraph
// the picture is for (the picker's suggestions before anyone types). A word matches a
// picture's name or its tags, whatever its case, singular or plural; a whole-word match ranks
// above one that only starts the same way, and a match in the name above one in the tags.

export interface PictureEntry {
  hexcode: string;
  /** The picture's name in English, e.g. "house with garden". */
  annotation: string;
  tags: readonly string[];
}

interface Prepared {
  entry: PictureEntry;
  nameWords: string[];
  tagWords: string[];
}

/** Words too common to say anything about a picture. */
const STOP_WORDS = new Set(
  `a about after all also an and any are as at be been but by can could do does for from get
  got had has have he her here him his how i if in into is it its just more most much must my
  no not now of on one or our out over she so some such than that the their them then there
  these they this those to too up us very was we were what when where which who will with
  would you your yours able make made may might shall should want will each every other`.split(
    /\s+/,
  ),
);

const pluralsOf = (word: string): string[] =>
  /[^aeiou]y$/.test(word) ? [`${word.slice(0, -1)}ies`] : [`${word}s`, `${word}es`];

/** Whether two lower-case words are the same word, one perhaps the plural of the other. */
export function sameWord(a: string, b: string): boolean {
  return a === b || pluralsOf(a).includes(b) || pluralsOf(b).includes(a);
}

export const wordsOf = (text: string): string[] =>
  (text.match(/[\p{L}\p{N}]+(?:[’'][\p{L}]+)?/gu) ?? []).map((word) =>
    word.toLowerCase().replace(/[’']s$/, ''),
  );

export class PictureSearch {
  private readonly prepared: Prepared[];

  constructor(entries: readonly PictureEntry[]) {
    this.prepared = entries.map((entry) => ({
      entry,
      nameWords: wordsOf(entry.annotation),
      tagWords: entry.tags.flatMap(wordsOf),
    }));
  }

  /** How well one word fits a picture: 0 for not at all. */
  private static score(word: string, picture: Prepared, wholeWordsOnly: boolean): number {
    if (picture.nameWords.some((name) => sameWord(name, word))) {
      // "house" before "houses" before "house with garden".
      const exact = picture.nameWords.includes(word) ? 1 : 0;
      return (picture.nameWords.length === 1 ? 12 : 10) + exact;
    }
    if (picture.tagWords.some((tag) => sameWord(tag, word))) return 5;
    if (wholeWordsOnly || word.length < 3) return 0;
    if (picture.nameWords.some((name) => name.startsWith(word))) return 3;
    if (picture.tagWords.some((tag) => tag.startsWith(word))) return 1;
    return 0;
  }

  /** Pictures for what someone typed, best first; every word typed must fit. */
  find(query: string, limit = 60): PictureEntry[] {
    const words = wordsOf(query);
    if (words.length === 0) return [];
    const scored: { entry: PictureEntry; score: number }[] = [];
    for (const picture of this.prepared) {
      let total = 0;
      for (const [index, word] of words.entries()) {
        // The last word may still be being typed: it may match the start of a word.
        const score = PictureSearch.score(word, picture, index < words.length - 1);
        if (score === 0) {
          total = 0;
          break;
        }
        total += score;
      }
      if (total > 0)
        scored.push({ entry: picture.entry, score: total - picture.nameWords.length / 10 });
    }
    return scored
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map(({ entry }) => entry);
  }

  /** Pictures that may fit a paragraph: for each telling word of it, in order, its best ones. */
  suggest(text: string, limit = 24): PictureEntry[] {
    const words = [...new Set(wordsOf(text))].filter(
      (word) => word.length > 2 && !STOP_WORDS.has(word) && !/^\d+$/.test(word),
    );
    const found = new Set<PictureEntry>();
    for (const word of words) {
      const best = this.prepared
        .map((picture) => ({
          entry: picture.entry,
          score: PictureSearch.score(word, picture, true),
        }))
        .filter(({ score }) => score > 0)
        .sort((a, b) => b.score - a.score);
      // A picture named by the word says it better than one only tagged with it ("lives" is a
      // tag of yin yang): tags count only for words no picture is named by.
      const named = best.some(({ score }) => score >= 10);
      const kept = best.filter(({ score }) => !named || score >= 10).slice(0, 3);
      for (const { entry } of kept) found.add(entry);
      if (found.size >= limit) break;
    }
    return [...found].slice(0, limit);
  }
}
