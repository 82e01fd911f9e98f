// The messages between the page and the plain-English worker. Both ends are our own code in the
// same origin, so the types are the contract; nothing here comes from another person.
import type { AnalysisOptions, DocumentSummary, ParagraphAnalysis } from '../analysis/index.ts';

export type WorkerRequest =
  /** Analyse these paragraph texts; a newer `generation` makes an older one stop. */
  | { type: 'analyse'; generation: number; options: AnalysisOptions; texts: string[] }
  /** Analyse a whole document (a version) and answer with its summary only. */
  | { type: 'summarise'; id: number; options: AnalysisOptions; blocks: SummaryBlock[] };

/** A paragraph or heading of a whole document, for its summary. */
export interface SummaryBlock {
  text: string;
  heading: boolean;
}

export type WorkerReply =
  | {
      type: 'analysed';
      generation: number;
      results: Array<[text: string, analysis: ParagraphAnalysis]>;
      /** The last answer for this generation. */
      done: boolean;
    }
  | { type: 'summary'; id: number; summary: DocumentSummary };
