// Deciding suggestions: accept or reject one, applied to the live document on the server (so
// everyone sees it at once, whoever decided) and recorded with how it was decided: directly
// by someone who may edit, or by a meeting poll. A suggestion is decided once.
import type { Schema } from '@tiptap/pm/model';
import { describeSuggestion } from '@roundtable/shared/editor/suggestions';
import type {
  HowDecided,
  SuggestionDecision,
  SuggestionOutcome,
} from '@roundtable/shared/protocol/suggestions';
import type { DocumentRooms } from '../collab/rooms.ts';
import { mergeIntoSnapshot } from '../collab/snapshot.ts';
import { decideSuggestion } from '../collab/suggestion-decision.ts';
import type { DocumentStore, UpdateLog } from '../storage/ports.ts';
import type { SuggestionDecisionStore } from '../storage/suggestion-ports.ts';
import { authorize, signedIn, type AuthContext } from './auth-context.ts';
import { ServiceError } from './errors.ts';
import { newId } from './ids.ts';

export interface SuggestionServiceOptions {
  decisions: SuggestionDecisionStore;
  documents: DocumentStore;
  updates: UpdateLog;
  rooms: DocumentRooms;
  schema: Schema;
  now: () => Date;
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
    await this.documentFor(auth, documentId, 'document:edit');
    return this.apply(documentId, suggestionId, outcome, { kind: 'direct', by: signedIn(auth) });
  }

  /** A meeting poll on a suggestion closed with this outcome. */
  async decideByPoll(input: {
    documentId: string;
    suggestionId: string;
    outcome: SuggestionOutcome;
    how: Extract<HowDecided, { kind: 'poll' }>;
  }): Promise<SuggestionDecision> {
    return this.apply(input.documentId, input.suggestionId, input.outcome, input.how);
  }

  private async apply(
    documentId: string,
    suggestionId: string,
    outcome: SuggestionOutcome,
    how: HowDecided,
  ): Promise<SuggestionDecision> {
    const stored = await this.options.updates.loadDocument(documentId);
    if (!stored) throw new ServiceError('not_found', 'There is no document with this id');
    const decided = decideSuggestion({
      state: mergeIntoSnapshot(stored.updates),
      suggestionId,
      outcome,
      schema: this.options.schema,
    });
    if (!decided) {
      throw new ServiceError(
        'conflict',
        'This suggestion is not in the document any more: someone may have decided it already.',
      );
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
    if (!(await this.options.decisions.recordDecision(record))) {
      throw new ServiceError('conflict', 'Someone has just decided this suggestion.');
    }
    await this.options.rooms.applyServerUpdate(documentId, decided.update);
    return record;
  }

  private async documentFor(
    auth: AuthContext,
    documentId: string,
    action: 'document:read' | 'document:edit',
  ) {
    const document = await this.options.documents.getDocument(documentId);
    if (!document || document.deletedAt !== null) {
      throw new ServiceError('not_found', 'There is no document with this id');
    }
    authorize(auth, action, { workspaceId: document.workspaceId });
    return document;
  }
}
