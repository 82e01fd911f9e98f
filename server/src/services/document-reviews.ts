// Which drafts are in review, and whether a draft in review takes changes only as suggestions
// (the workspace says so). Asked by SuggestionService and by a /collab room as it loads a draft;
// it needs only the stores and the workspace's setting, so the rooms can be built before the
// services that write through them.
import type { DocumentReview } from '@roundtable/shared/protocol/suggestions';
import type { DocumentStore } from '../storage/ports.ts';
import type { SuggestionDecisionStore } from '../storage/suggestion-ports.ts';

export interface DocumentReviewsOptions {
  decisions: SuggestionDecisionStore;
  documents: DocumentStore;
  /** Whether the workspace's drafts in review take changes only as suggestions. */
  reviewTakesOnlySuggestions: (workspaceId: string) => Promise<boolean>;
}

export const REVIEW_REASON =
  'This draft is in review: your changes go in as suggestions for the group to accept or reject.';

export class DocumentReviews {
  constructor(private readonly options: DocumentReviewsOptions) {}

  async reviewOf(documentId: string, workspaceId: string): Promise<DocumentReview> {
    const inReview = await this.options.decisions.isInReview(documentId);
    const only = inReview && (await this.options.reviewTakesOnlySuggestions(workspaceId));
    return { inReview, onlySuggestions: only };
  }

  /** Why a document takes only suggestions, or null: for a room that is loading it. */
  async suggestionsOnlyReason(documentId: string): Promise<string | null> {
    const document = await this.options.documents.getDocument(documentId);
    if (!document) return null;
    const review = await this.reviewOf(document.id, document.workspaceId);
    return review.onlySuggestions ? REVIEW_REASON : null;
  }

  reviewTakesOnlySuggestions(workspaceId: string): Promise<boolean> {
    return this.options.reviewTakesOnlySuggestions(workspaceId);
  }
}
