// Deciding suggestions: accept or reject one, applied to the live document on the server (so
// everyone sees it at once, whoever decided) and recorded with how it was decided: directly
// by someone who may edit, or by a meeting poll. A suggestion is decided once. Also which
// drafts are in review: when the workspace says so, those take changes only as suggestions,
// which the /collab rooms enforce. A decision changes the draft through the gate for
// server-written changes (ServerWrites): allowed in review (that is what a review is for),
// refused while an agreement poll has locked the draft.
import type { Schema } from '@tiptap/pm/model';
import { describeSuggestion } from '@roundtable/shared/editor/suggestions';
import type {
  DocumentReview,
  HowDecided,
  SuggestionDecision,
  SuggestionOutcome,
} from '@roundtable/shared/protocol/suggestions';
import { mergeIntoSnapshot } from '../documents/snapshot.ts';
import { decideSuggestion, suggestionIn } from '../documents/suggestion-decision.ts';
import type { DocumentRecord, UpdateLog } from '../storage/ports.ts';
import type { SuggestionDecisionStore } from '../storage/suggestion-ports.ts';
import { signedIn, type AuthContext } from './auth-context.ts';
import { REVIEW_REASON, type DocumentReviews } from './document-reviews.ts';
import { ServiceError } from './errors.ts';
import { newId } from './ids.ts';
import type { ServerWrites } from './server-writes.ts';
import type { WorkspaceScope } from './workspace-scope.ts';

export type SuggestionStanding = 'pending' | 'decided' | 'unknown';

export interface SuggestionServiceOptions {
  decisions: SuggestionDecisionStore;
  updates: UpdateLog;
  writes: ServerWrites;
  scope: WorkspaceScope;
  schema: Schema;
  now: () => Date;
  /** Which drafts are in review, and whether they take only suggestions. */
  reviews: DocumentReviews;
  /** After a decision is applied: e.g. the replies on the suggestion's card are resolved. */
  onDecided?: (decision: SuggestionDecision) => Promise<unknown>;
  /** Tells every process's rooms that a document now takes only suggestions (or not). */
  onReviewChanged?: (documentId: string, reason: string | null) => void;
}

export class SuggestionService {
  constructor(private readonly options: SuggestionServiceOptions) {}

  async list(auth: AuthContext, documentId: string): Promise<SuggestionDecision[]> {
    await this.documentFor(auth, documentId, 'document:read');
    return this.options.decisions.listDecisions(documentId);
  }

  /** Someone who may edit accepts or rejects a suggestion. */
  async decide(
    auth: AuthContext,
    documentId: string,
    suggestionId: string,
    outcome: SuggestionOutcome,
  ): Promise<SuggestionDecision> {
    const document = await this.documentFor(auth, documentId, 'document:edit');
    return this.apply(document, suggestionId, outcome, { kind: 'direct', by: signedIn(auth) });
  }

  /** A meeting poll on a suggestion closed with this outcome: in the meeting's workspace only. */
  async decideByPoll(input: {
    workspaceId: string;
    documentId: string;
    suggestionId: string;
    outcome: SuggestionOutcome;
    how: Extract<HowDecided, { kind: 'poll' }>;
  }): Promise<SuggestionDecision> {
    const document = await this.options.scope.document(input.workspaceId, input.documentId);
    if (document.deletedAt !== null) {
      throw new ServiceError('not_found', 'There is no document with this id');
    }
    return this.apply(document, input.suggestionId, input.outcome, input.how);
  }

  async review(auth: AuthContext, documentId: string): Promise<DocumentReview> {
    const document = await this.documentFor(auth, documentId, 'document:read');
    return this.reviewOf(document.id, document.workspaceId);
  }

  async setReview(
    auth: AuthContext,
    documentId: string,
    inReview: boolean,
  ): Promise<DocumentReview> {
    const document = await this.documentFor(auth, documentId, 'document:review');
    await this.options.decisions.setInReview(
      documentId,
      inReview,
      this.options.now().toISOString(),
    );
    const review = await this.reviewOf(document.id, document.workspaceId);
    this.options.onReviewChanged?.(documentId, review.onlySuggestions ? REVIEW_REASON : null);
    return review;
  }

  /**
   * Where a suggestion stands in a document: still in its text (pending), accepted or rejected
   * already (decided), or never one of its suggestions (unknown: another document's, or made up).
   */
  async standing(documentId: string, suggestionId: string): Promise<SuggestionStanding> {
    const decided = await this.options.decisions.listDecisions(documentId);
    if (decided.some((d) => d.suggestionId === suggestionId)) return 'decided';
    const stored = await this.options.updates.loadDocument(documentId);
    if (!stored) return 'unknown';
    const state = mergeIntoSnapshot(stored.updates);
    return suggestionIn({ state, suggestionId, schema: this.options.schema })
      ? 'pending'
      : 'unknown';
  }

  /** The workspace's setting changed: its drafts in review follow it. */
  async workspaceSettingsChanged(workspaceId: string): Promise<void> {
    const only = await this.options.reviews.reviewTakesOnlySuggestions(workspaceId);
    for (const documentId of await this.options.decisions.listInReview(workspaceId)) {
      this.options.onReviewChanged?.(documentId, only ? REVIEW_REASON : null);
    }
  }

  private reviewOf(documentId: string, workspaceId: string): Promise<DocumentReview> {
    return this.options.reviews.reviewOf(documentId, workspaceId);
  }

  private async apply(
    document: DocumentRecord,
    suggestionId: string,
    outcome: SuggestionOutcome,
    how: HowDecided,
  ): Promise<SuggestionDecision> {
    const documentId = document.id;
    // Asked first, so a refused decision does not even read the draft.
    await this.options.writes.admit(document, 'suggestion-decision');
    const stored = await this.options.updates.loadDocument(documentId);
    if (!stored) throw new ServiceError('not_found', 'There is no document with this id');
    const decided = decideSuggestion({
      state: mergeIntoSnapshot(stored.updates),
      suggestionId,
      outcome,
      schema: this.options.schema,
    });
    if (!decided) {
      const decidedBefore = (await this.options.decisions.listDecisions(documentId)).some(
        (d) => d.suggestionId === suggestionId,
      );
      // An id this document never had (another document's, another workspace's) is not found.
      throw decidedBefore
        ? new ServiceError(
            'conflict',
            'This suggestion is not in the document any more: someone may have decided it already.',
          )
        : new ServiceError('not_found', 'There is no such suggestion in this document');
    }
    const record: SuggestionDecision = {
      id: newId(),
      documentId,
      suggestionId,
      outcome,
      summary: describeSuggestion(decided.suggestion),
      suggestedBy: decided.suggestion.author,
      suggestedAt: decided.suggestion.at,
      how,
      decidedAt: this.options.now().toISOString(),
    };
    // Recorded first: the record is what makes a decision happen once when two people press
    // Accept at the same moment.
    await this.options.writes.write({
      document,
      change: 'suggestion-decision',
      update: decided.update,
      keepFirst: async () => {
        if (!(await this.options.decisions.recordDecision(record))) {
          throw new ServiceError('conflict', 'Someone has just decided this suggestion.');
        }
      },
    });
    await this.options.onDecided?.(record);
    return record;
  }

  private documentFor(
    auth: AuthContext,
    documentId: string,
    action: 'document:read' | 'document:edit' | 'document:review',
  ) {
    return this.options.scope.documentFor(auth, documentId, action);
  }
}
