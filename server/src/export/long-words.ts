// Breaking words too long for a line, in linear time. pdfkit splits such a word itself, but
// measures the rest of the word again after every line it cuts off, so a 100,000-character word
// took 22 seconds. Here every character is measured once (widths are cached per character) and a
// zero-width space, which the line breaker treats as a place to break and which draws nothing,
// goes in wherever a run without spaces would overflow the line.

export const ZERO_WIDTH_SPACE = '\u200B';

/** Characters after which a line may already break, so a run of text starts again after them. */
const BREAK_AFTER = /\s/u;

/**
 * The text with a zero-width space inside every run without spaces that is wider than
 * `lineWidth`, so that no piece between breaks is wider than the line. Text whose words all fit
 * comes back unchanged.
 */
export function breakLongWords(
  text: string,
  lineWidth: number,
  widthOf: (character: string) => number,
): string {
  const widths = new Map<string, number>();
  const measure = (character: string): number => {
    let width = widths.get(character);
    if (width === undefined) {
      width = widthOf(character);
      widths.set(character, width);
    }
    return width;
  };
  const pieces: string[] = [];
  let run = 0;
  let start = 0;
  let position = 0;
  for (const character of text) {
    if (BREAK_AFTER.test(character)) {
      run = 0;
    } else {
      const width = measure(character);
      if (run > 0 && run + width > lineWidth) {
        pieces.push(text.slice(start, position), ZERO_WIDTH_SPACE);
        start = position;
        run = 0;
      }
      run += width;
    }
    position += character.length;
  }
  if (start === 0) return text;
  pieces.push(text.slice(start));
  return pieces.join('');
}
