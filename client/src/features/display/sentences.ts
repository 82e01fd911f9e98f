// Text cut into sentences for reading aloud, each with where it starts and ends in the text, so
// the sentence being read can be shown. The browser's own sentence rules (Intl.Segmenter) know
// "£3.50" and "Really?!" better than a hand-made rule would.

export interface Sentence {
  text: string;
  /** Offset of its first character in the whole text. */
  start: number;
  /** Offset after its last character (spaces after it are left out). */
  end: number;
}

export function sentencesOf(text: string, locale = 'en-GB'): Sentence[] {
  const sentences: Sentence[] = [];
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  for (const { segment, index } of segmenter.segment(text)) {
    // A line break ends a sentence too: headings and list items have no full stop.
    let offset = index;
    for (const line of segment.split('\n')) {
      const leading = line.length - line.trimStart().length;
      const trimmed = line.trim();
      if (trimmed !== '') {
        const start = offset + leading;
        sentences.push({ text: trimmed, start, end: start + trimmed.length });
      }
      offset += line.length + 1;
    }
  }
  return sentences;
}
