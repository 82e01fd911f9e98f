import { describe, expect, it } from 'vitest';
import { breakLongWords, ZERO_WIDTH_SPACE } from './long-words.ts';

/** Every character one unit wide, except `m`, which is two. */
const width = (character: string): number => (character === 'm' ? 2 : 1);

describe('breakLongWords', () => {
  it('leaves text whose words all fit unchanged', () => {
    const text = 'Short words only, mmmm and more.';
    expect(breakLongWords(text, 10, width)).toBe(text);
  });

  it('cuts a run without spaces into pieces no wider than the line, losing no character', () => {
    const word = 'abmcd'.repeat(20_000);
    const broken = breakLongWords(`Look ${word}!`, 7, width);
    expect(broken.replaceAll(ZERO_WIDTH_SPACE, '')).toBe(`Look ${word}!`);
    const pieces = broken.split(/[\s\u200B]/u);
    for (const piece of pieces) {
      expect([...piece].reduce((sum, character) => sum + width(character), 0)).toBeLessThanOrEqual(
        7,
      );
    }
    expect(pieces.length).toBeGreaterThan(word.length / 7);
  });

  it('measures each distinct character once, so a long word costs linear time', () => {
    let measured = 0;
    breakLongWords('x'.repeat(400_000), 50, () => {
      measured += 1;
      return 1;
    });
    expect(measured).toBe(1);
  });

  it('keeps surrogate pairs whole', () => {
    const broken = breakLongWords('😀'.repeat(10), 3, () => 1);
    expect(broken.split(ZERO_WIDTH_SPACE)).toEqual(['😀😀😀', '😀😀😀', '😀😀😀', '😀']);
  });

  it('puts at least one character on a line even when it is wider than the line', () => {
    expect(breakLongWords('mmm', 1, width).split(ZERO_WIDTH_SPACE)).toEqual(['m', 'm', 'm']);
  });
});
