// How the Easy Read layout places a document, for every format alike: each idea in a row, its
// picture on the left and its words on the right, as Easy Read producers lay pages out. Headings
// and rules run across the page; every other block is a row of its own, so a paragraph's picture
// sits beside that paragraph and nothing else. A row without a picture keeps its words in the
// right-hand column, with the left cell empty. The sizes follow the Department of Health's
// guidance and producers' practice: 16 pt text (21 pt on request), 1.5 line spacing.
import type { Block, PictureSpec } from './blocks.ts';
import type { EasyReadTextSize } from '@roundtable/shared/protocol/export';

export type EasyReadRow =
  | { kind: 'across'; block: Extract<Block, { kind: 'heading' | 'rule' }> }
  | { kind: 'row'; picture: PictureSpec | null; block: Block };

export function easyReadRows(blocks: Block[]): EasyReadRow[] {
  return blocks.map((block): EasyReadRow => {
    if (block.kind === 'heading' || block.kind === 'rule') return { kind: 'across', block };
    const picture = block.kind === 'paragraph' ? (block.picture ?? null) : null;
    return { kind: 'row', picture, block };
  });
}

export interface EasyReadSizes {
  /** Body text, in points. */
  body: number;
  /** Headings of levels 1 to 6, in points. */
  headings: readonly number[];
  /** The side of the square a picture fits in, in points. */
  picture: number;
  /** Space between the picture column and the words, in points. */
  gap: number;
  /** Line height as a multiple of the text size. */
  lineSpacing: number;
}

export function easyReadSizes(textSize: EasyReadTextSize = 16): EasyReadSizes {
  return textSize === 21
    ? { body: 21, headings: [34, 28, 24, 22, 21, 21], picture: 96, gap: 20, lineSpacing: 1.5 }
    : { body: 16, headings: [28, 22, 19, 17, 16, 16], picture: 80, gap: 18, lineSpacing: 1.5 };
}
