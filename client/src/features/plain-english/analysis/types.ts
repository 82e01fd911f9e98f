// What the plain-English helper finds in a paragraph, as plain data: it crosses from the worker
// to the page with postMessage, so it holds only strings, numbers and booleans.
import type { HardWord } from '@roundtable/shared/editor/hard-words';

export const FINDING_KINDS = [
  'long-sentence',
  'hard-word',
  'passive',
  'abbreviation',
  'ideas',
  'hard-to-read',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Finding {
  kind: FindingKind;
  /** Offsets in the paragraph's text: the words the finding is about. */
  from: number;
  to: number;
  /** What was found, in plain words: "This sentence has 23 words." */
  message: string;
  /** What to do about it: "Try to use 15 words or fewer." */
  advice: string;
  /** True for a gentle hint rather than something to fix. */
  hint: boolean;
  /** A word on the workspace's own list: the editor marks those already, with their meaning. */
  workspaceWord?: true;
}

/** An abbreviation in a paragraph, to be checked against the rest of the document. */
export interface AbbreviationUse {
  abbreviation: string;
  from: number;
  to: number;
  /** Explained right here: "Care Quality Commission (CQC)" or "CQC (Care Quality Commission)". */
  explained: boolean;
}

/** One paragraph's analysis; abbreviations become findings only once the whole document is read. */
export interface ParagraphAnalysis {
  sentences: number;
  longSentences: number;
  findings: Finding[];
  abbreviations: AbbreviationUse[];
}

export interface AnalysisOptions {
  /** An Easy Read document: sentences of 15 words or fewer, instead of 25. */
  easyRead: boolean;
  /** The workspace's own hard words, each with an explanation in easy words. */
  workspaceWords: readonly HardWord[];
}

export const LONG_SENTENCE_WORDS = { easyRead: 15, standard: 25 } as const;

export function longSentenceLimit(easyRead: boolean): number {
  return easyRead ? LONG_SENTENCE_WORDS.easyRead : LONG_SENTENCE_WORDS.standard;
}
