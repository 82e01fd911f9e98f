// What the panel and the marks show for the document as it is now: the blocks read from the
// editor, each with its findings once the worker has analysed its text. Blocks still waiting
// for the worker are left out until their turn comes.
import {
  combineParagraphs,
  type AnalysisOptions,
  type DocumentSummary,
  type Finding,
  type ParagraphAnalysis,
} from '../analysis/index.ts';
import type { TextBlockAt } from './blocks.ts';

export interface BlockView {
  /** "Paragraph 3" or "Heading 1". */
  label: string;
  /** The first few words, to tell the block apart. */
  preview: string;
  /** Which block of the document it is (0-based), and its text: to find it again. */
  index: number;
  text: string;
  /** Where its text starts in the document when this view was made. */
  start: number;
  findings: Finding[];
}

export interface DocumentView {
  /** Every analysed block, with or without findings. */
  blocks: BlockView[];
  summary: DocumentSummary;
  total: number;
}

const PREVIEW_WORDS = 6;

function previewOf(text: string): string {
  const words = text.trim().split(/\s+/);
  const shown = words.slice(0, PREVIEW_WORDS).join(' ');
  return words.length > PREVIEW_WORDS ? `${shown}…` : shown;
}

export function documentView(
  blocks: readonly TextBlockAt[],
  analysisOf: (text: string) => ParagraphAnalysis | undefined,
  options: Pick<AnalysisOptions, 'easyRead'>,
): DocumentView {
  const counts = { heading: 0, paragraph: 0 };
  const analysed: Array<{ block: BlockView; analysis: ParagraphAnalysis; heading: boolean }> = [];
  blocks.forEach((block, index) => {
    counts[block.kind] += 1;
    const analysis = analysisOf(block.text);
    if (!analysis) return;
    const label = `${block.kind === 'heading' ? 'Heading' : 'Paragraph'} ${counts[block.kind]}`;
    analysed.push({
      block: {
        label,
        preview: previewOf(block.text),
        index,
        text: block.text,
        start: block.pos + 1,
        findings: [],
      },
      analysis,
      heading: block.kind === 'heading',
    });
  });
  const combined = combineParagraphs(analysed, options.easyRead);
  const views = analysed.map(({ block }, at) => ({
    ...block,
    findings: combined.paragraphs[at] ?? [],
  }));
  const total = views.reduce((sum, view) => sum + view.findings.length, 0);
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
