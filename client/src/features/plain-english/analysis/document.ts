// The whole document's view, put together from each paragraph's analysis: abbreviations are
// checked in reading order (explained once, anywhere earlier, is enough; an unexplained one is
// marked the first time only), and the counts become the summary. A heading is not a sentence:
// only its words are checked.
import {
  longSentenceLimit,
  type Finding,
  type FindingKind,
  type ParagraphAnalysis,
} from './types.ts';
import { findingWords, type DocumentSummary } from './words.ts';

export interface DocumentFindings {
  /** Each paragraph's findings, in the order the paragraphs were given. */
  paragraphs: Finding[][];
  summary: DocumentSummary;
}

export interface AnalysedBlock {
  analysis: ParagraphAnalysis;
  heading: boolean;
}

const SENTENCE_KINDS: ReadonlySet<FindingKind> = new Set([
  'long-sentence',
  'ideas',
  'hard-to-read',
]);

export function combineParagraphs(
  blocks: readonly AnalysedBlock[],
  easyRead: boolean,
): DocumentFindings {
  const explained = new Set<string>();
  const marked = new Set<string>();
  const summary: DocumentSummary = {
    sentences: 0,
    longSentences: 0,
    limit: longSentenceLimit(easyRead),
    hardWords: 0,
    passive: 0,
    abbreviations: 0,
    ideas: 0,
    hardToRead: 0,
  };
  const paragraphs = blocks.map(({ analysis, heading }) => {
    const abbreviationFindings: Finding[] = [];
    for (const use of analysis.abbreviations) {
      if (use.explained) explained.add(use.abbreviation);
      if (explained.has(use.abbreviation) || marked.has(use.abbreviation)) continue;
      marked.add(use.abbreviation);
      abbreviationFindings.push({
        kind: 'abbreviation',
        from: use.from,
        to: use.to,
        ...findingWords.abbreviation(use.abbreviation),
        hint: false,
      });
    }
    if (!heading) {
      summary.sentences += analysis.sentences;
      summary.longSentences += analysis.longSentences;
    }
    const own = heading
      ? analysis.findings.filter((finding) => !SENTENCE_KINDS.has(finding.kind))
      : analysis.findings;
    // Most paragraphs keep their own findings as they are: no copy, no sorting.
    const findings =
      abbreviationFindings.length === 0
        ? own
        : [...own, ...abbreviationFindings].sort((a, b) => a.from - b.from);
    for (const finding of findings) {
      if (finding.kind === 'hard-word') summary.hardWords += 1;
      else if (finding.kind === 'passive') summary.passive += 1;
      else if (finding.kind === 'abbreviation') summary.abbreviations += 1;
      else if (finding.kind === 'ideas') summary.ideas += 1;
      else if (finding.kind === 'hard-to-read') summary.hardToRead += 1;
    }
    return findings;
  });
  return { paragraphs, summary };
}
