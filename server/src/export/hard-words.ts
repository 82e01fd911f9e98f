// Hard words in an export, as Easy Read documents show them: every hard word in the text is in
// bold, and the words used are listed with what they mean under "Hard words" at the end of the
// text. Matching is the editor's own (shared/editor/hard-words.ts), across runs, so a word that
// is half bold already comes out wholly bold.
import { findHardWords, hardWordsUsed, type HardWord } from '@roundtable/shared/editor/hard-words';
import type { Block, Inline, TextRun } from './blocks.ts';
import { cleanText } from './clean-text.ts';

export const HARD_WORDS_HEADING = 'Hard words';

/** The body with its hard words in bold, followed by the list of those used (if any). */
export function withHardWords(body: Block[], words: readonly HardWord[]): Block[] {
  if (words.length === 0) return body;
  const used = hardWordsUsed(body.flatMap(textsOf), words);
  if (used.length === 0) return body;
  return [...body.map((block) => markBlock(block, used)), ...hardWordsList(used)];
}

/** The "Hard words" section: a heading, then each word in bold with what it means. */
export function hardWordsList(used: readonly HardWord[]): Block[] {
  return [
    { kind: 'heading', level: 2, inlines: [run(HARD_WORDS_HEADING, false)] },
    {
      kind: 'list',
      ordered: false,
      start: 1,
      items: used.map((word) => [
        {
          kind: 'paragraph',
          inlines: [
            run(cleanText(word.word), true),
            run(`: ${cleanText(word.explanation)}`, false),
          ],
        },
      ]),
    },
  ];
}

function run(text: string, bold: boolean): TextRun {
  return { kind: 'text', text, bold, italic: false, href: null };
}

/** The text of each run of inlines in a block, one string per paragraph or heading. */
function textsOf(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return [inlineText(block.inlines)];
    case 'list':
      return block.items.flatMap((item) => item.flatMap(textsOf));
    case 'quote':
      return block.blocks.flatMap(textsOf);
    case 'rule':
      return [];
  }
}

function markBlock(block: Block, words: readonly HardWord[]): Block {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return { ...block, inlines: markInlines(block.inlines, words) };
    case 'list':
      return { ...block, items: block.items.map((item) => item.map((b) => markBlock(b, words))) };
    case 'quote':
      return { ...block, blocks: block.blocks.map((b) => markBlock(b, words)) };
    case 'rule':
      return block;
  }
}

/**
 * A line break stands for one character that is not a space, as in the editor: offsets match
 * the runs, and a phrase is not found across a break.
 */
const inlineText = (inlines: Inline[]): string =>
  inlines.map((inline) => (inline.kind === 'text' ? inline.text : '\ufffc')).join('');

/** Cuts runs where hard words start and end, and makes the pieces inside them bold. */
export function markInlines(inlines: Inline[], words: readonly HardWord[]): Inline[] {
  const matches = findHardWords(inlineText(inlines), words);
  if (matches.length === 0) return inlines;
  const marked: Inline[] = [];
  let offset = 0;
  for (const inline of inlines) {
    if (inline.kind !== 'text') {
      marked.push(inline);
      offset += 1;
      continue;
    }
    const start = offset;
    const end = offset + inline.text.length;
    const cuts = new Set([start, end]);
    for (const { from, to } of matches) {
      for (const at of [from, to]) if (at > start && at < end) cuts.add(at);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i]!;
      const to = points[i + 1]!;
      const inWord = matches.some((match) => match.from <= from && to <= match.to);
      join(marked, {
        ...inline,
        text: inline.text.slice(from - start, to - start),
        bold: inline.bold || inWord,
      });
    }
    offset = end;
  }
  return marked;
}

/** Adds a run, joining it to the previous one when they look the same. */
function join(inlines: Inline[], piece: TextRun): void {
  const last = inlines[inlines.length - 1];
  if (
    last?.kind === 'text' &&
    last.bold === piece.bold &&
    last.italic === piece.italic &&
    last.href === piece.href
  ) {
    inlines[inlines.length - 1] = { ...last, text: last.text + piece.text };
  } else {
    inlines.push(piece);
  }
}
