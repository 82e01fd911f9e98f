// The storage port for suggestions: each accepted or rejected suggestion, once, with how it
// was decided; and which drafts are in review (where changes may be made only as suggestions).
import type { SuggestionDecision } from '@roundtable/shared/protocol/suggestions';

export type SuggestionDecisionRecord = SuggestionDecision;

export interface SuggestionDecisionStore {
  /** Records a decision; false (and nothing stored) when this suggestion was already decided. */
  recordDecision(record: SuggestionDecisionRecord): Promise<boolean>;
  /** A document's decisions, newest first. */
  listDecisions(documentId: string): Promise<SuggestionDecisionRecord[]>;
  /** Marks a document in review (since `at`), or not; marking it twice keeps the first time. */
  setInReview(documentId: string, inReview: boolean, at: string): Promise<void>;
  isInReview(documentId: string): Promise<boolean>;
  /** The documents of a workspace that are in review. */
  listInReview(workspaceId: string): Promise<string[]>;
}
