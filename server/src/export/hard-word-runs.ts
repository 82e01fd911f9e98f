// Hard words in bold. A paragraph's runs are split where a hard word starts and ends, and the
// pieces inside one are made bold. Matching is the shared matcher (shared/editor/hard-words.ts)
// run on the paragraph's whole text, so a word is found even when it spans two runs (half of
// it a link, say), exactly as the editor marks it.
import { findHardWords, type HardWord } from '@roundtable/shared/editor/hard-words';
import type { Block, Inline } from './blocks.ts';

/** The paragraphs, list items and quotes of `blocks` with their hard words in bold. */
export function emphasiseHardWords(blocks: Block[], words: readonly HardWord[]): Block[] {
  if (words.length === 0) return blocks;
  return blocks.map((block) => {
    switch (block.kind) {
      case 'paragraph':
        return { ...block, inlines: emphasiseInlines(block.inlines, words) };
      case 'list':
        return { ...block, items: block.items.map((item) => emphasiseHardWords(item, words)) };
      case 'quote':
        return { ...block, blocks: emphasiseHardWords(block.blocks, words) };
      default:
        return block;
    }
  });
}

/** The text of every paragraph in `blocks`, where hard words are looked for. */
export function paragraphTexts(blocks: Block[]): string[] {
  return blocks.flatMap((block) => {
    switch (block.kind) {
      case 'paragraph':
        return [inlineText(block.inlines)];
      case 'list':
        return block.items.flatMap(paragraphTexts);
      case 'quote':
        return paragraphTexts(block.blocks);
      default:
        return [];
    }
  });
}

/** A break counts as one character, so offsets in this text are offsets in the runs. */
function inlineText(inlines: Inline[]): string {
  return inlines.map((inline) => (inline.kind === 'text' ? inline.text : '\n')).join('');
}

export function emphasiseInlines(inlines: Inline[], words: readonly HardWord[]): Inline[] {
  const matches = findHardWords(inlineText(inlines), words);
  if (matches.length === 0) return inlines;
  const result: Inline[] = [];
  let offset = 0;
  for (const inline of inlines) {
    if (inline.kind !== 'text') {
      result.push(inline);
      offset += 1;
      continue;
    }
    const start = offset;
    const end = offset + inline.text.length;
    offset = end;
    // Cut points inside this run: where a match starts or ends.
    const cuts = new Set([start, end]);
    for (const match of matches) {
      if (match.from > start && match.from < end) cuts.add(match.from);
      if (match.to > start && match.to < end) cuts.add(match.to);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let index = 0; index < points.length - 1; index++) {
      const from = points[index] as number;
      const to = points[index + 1] as number;
      const inside = matches.some((match) => match.from <= from && to <= match.to);
      result.push({
        ...inline,
        text: inline.text.slice(from - start, to - start),
        bold: inline.bold || inside,
      });
    }
  }
  return result;
}
