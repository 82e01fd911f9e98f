// The storage port for decisions on suggestions: each accepted or rejected suggestion, once,
// with how it was decided.
import type { SuggestionDecision } from '@roundtable/shared/protocol/suggestions';

export type SuggestionDecisionRecord = SuggestionDecision;

export interface SuggestionDecisionStore {
  /** Records a decision; false (and nothing stored) when this suggestion was already decided. */
  recordDecision(record: SuggestionDecisionRecord): Promise<boolean>;
  /** A document's decisions, newest first. */
  listDecisions(documentId: string): Promise<SuggestionDecisionRecord[]>;
}
