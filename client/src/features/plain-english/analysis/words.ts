// Everything the helper says about the text, in plain words, in one place.

const quoted = (text: string): string => `“${text}”`;

/** "“use”", "“use” or “help”", "“a”, “b” or “c”". */
export function listOfWords(words: readonly string[]): string {
  const all = words.map(quoted);
  if (all.length <= 1) return all.join('');
  return `${all.slice(0, -1).join(', ')} or ${all.at(-1) ?? ''}`;
}

export const findingWords = {
  longSentence: (words: number, limit: number) => ({
    message: `This sentence has ${words} words.`,
    advice: `Try to use ${limit} words or fewer.`,
  }),
  plainerWord: (actual: string, instead: readonly string[]) => ({
    message: `${quoted(actual)} is a hard word.`,
    advice: instead.length > 0 ? `Try ${listOfWords(instead)} instead.` : 'Try leaving it out.',
  }),
  workspaceWord: (actual: string, explanation: string) => ({
    message: `${quoted(actual)} is on your group’s list of hard words.`,
    advice: `Explain it, or use easier words. It means: ${explanation}`,
  }),
  passive: (actual: string) => ({
    message: `${quoted(actual)} does not say who does it.`,
    advice:
      'Try to say who does it: “we agreed”, not “it was agreed”. This is called the passive voice.',
  }),
  abbreviation: (abbreviation: string) => ({
    message: `${quoted(abbreviation)} is not explained.`,
    advice: `The first time you use it, write what it stands for, then ${quoted(`(${abbreviation})`)}.`,
  }),
  ideas: () => ({
    message: 'This sentence may have more than one idea.',
    advice: 'Try to put one idea in each sentence.',
  }),
  hardToRead: () => ({
    message: 'This sentence may be hard to read.',
    advice: 'Try shorter, everyday words.',
  }),
};

export interface DocumentSummary {
  sentences: number;
  longSentences: number;
  /** The longest a sentence may be before it counts as long. */
  limit: number;
  hardWords: number;
  passive: number;
  abbreviations: number;
  ideas: number;
  hardToRead: number;
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "12 of 40 sentences are long (more than 25 words)." */
export function sentencesLine(summary: DocumentSummary): string {
  if (summary.sentences === 0) return 'There are no sentences to check yet.';
  const verb = summary.longSentences === 1 ? 'is' : 'are';
  return `${summary.longSentences} of ${count(summary.sentences, 'sentence', 'sentences')} ${verb} long (more than ${summary.limit} words).`;
}

/** The other counts, one short line each, leaving out what was not found. */
export function otherLines(summary: DocumentSummary): string[] {
  const lines: string[] = [];
  if (summary.hardWords > 0) lines.push(`${count(summary.hardWords, 'hard word', 'hard words')}.`);
  if (summary.passive > 0)
    lines.push(
      `${count(summary.passive, 'place does', 'places do')} not say who does it (passive voice).`,
    );
  if (summary.abbreviations > 0)
    lines.push(
      `${count(summary.abbreviations, 'abbreviation is', 'abbreviations are')} not explained.`,
    );
  if (summary.ideas > 0)
    lines.push(`${count(summary.ideas, 'sentence', 'sentences')} may have more than one idea.`);
  if (summary.hardToRead > 0)
    lines.push(`${count(summary.hardToRead, 'sentence', 'sentences')} may be hard to read.`);
  return lines;
}

/** One line for a screen reader: "Plain English check: 7 things to look at." */
export function announcement(total: number): string {
  return total === 0
    ? 'Plain English check: nothing to look at.'
    : `Plain English check: ${count(total, 'thing', 'things')} to look at.`;
}
