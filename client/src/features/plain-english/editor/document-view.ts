// What the panel and the marks show for the document as it is now: the blocks read from the
// editor, each with its findings once the worker has analysed its text. Blocks still waiting
// for the worker are left out until their turn comes.
import {
  combineParagraphs,
  type AnalysedBlock,
  type AnalysisOptions,
  type DocumentSummary,
  type Finding,
  type ParagraphAnalysis,
} from '../analysis/index.ts';
import type { TextBlockAt } from './blocks.ts';

export interface BlockView {
  /** "Paragraph 3" or "Heading 1". */
  label: string;
  /** Which block of the document it is (0-based), and its text: to find it again. */
  index: number;
  text: string;
  /** Where its text starts in the document when this view was made, and its length. */
  start: number;
  length: number;
  findings: Finding[];
}

export interface DocumentView {
  /** Every analysed block, with or without findings. */
  blocks: BlockView[];
  summary: DocumentSummary;
  total: number;
}

const PREVIEW_WORDS = 6;

const FIRST_WORDS = new RegExp(`^\\s*((?:\\S+\\s+){0,${PREVIEW_WORDS - 1}}\\S+)(\\s+\\S)?`);

/** The first few words of a block, to tell it apart ("We will meet people who use…"). */
export function previewOf(text: string): string {
  const match = FIRST_WORDS.exec(text);
  if (!match) return '';
  return match[2] ? `${match[1]}…` : (match[1] ?? '');
}

export function documentView(
  blocks: readonly TextBlockAt[],
  analysisOf: (text: string) => ParagraphAnalysis | undefined,
  options: Pick<AnalysisOptions, 'easyRead'>,
): DocumentView {
  const counts = { heading: 0, paragraph: 0 };
  const analysed: Array<{ at: TextBlockAt; index: number; label: string }> = [];
  const entries: AnalysedBlock[] = [];
  blocks.forEach((block, index) => {
    counts[block.kind] += 1;
    const analysis = analysisOf(block.text);
    if (!analysis) return;
    const label = `${block.kind === 'heading' ? 'Heading' : 'Paragraph'} ${counts[block.kind]}`;
    analysed.push({ at: block, index, label });
    entries.push({ analysis, heading: block.kind === 'heading' });
  });
  const combined = combineParagraphs(entries, options.easyRead);
  let total = 0;
  const views = analysed.map(({ at, index, label }, position): BlockView => {
    const findings = combined.paragraphs[position] ?? [];
    total += findings.length;
    return { label, index, text: at.text, start: at.pos + 1, length: at.text.length, findings };
  });
  return { blocks: views, summary: combined.summary, total };
}

/** Where a block is now: the same block if it is unchanged, else the first with its text. */
export function findBlock(
  blocks: readonly TextBlockAt[],
  wanted: Pick<BlockView, 'index' | 'text'>,
): TextBlockAt | undefined {
  const same = blocks[wanted.index];
  if (same?.text === wanted.text) return same;
  return blocks.find((block) => block.text === wanted.text);
}
