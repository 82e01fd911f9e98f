// Decisions on suggestions, and which documents are in review.
import type { Selectable } from 'kysely';
import type { HowDecided, SuggestionOutcome } from '@roundtable/shared/protocol/suggestions';
import type { SuggestionDecisionRecord, SuggestionDecisionStore } from '../suggestion-ports.ts';
import type { SqlStorage } from './connect.ts';
import type { SuggestionDecisionsTable } from './database.ts';
import { changed, fromJson, tieBreak, toJson } from './rows.ts';

const toDecision = (row: Selectable<SuggestionDecisionsTable>): SuggestionDecisionRecord => ({
  id: row.id,
  documentId: row.document_id,
  suggestionId: row.suggestion_id,
  outcome: row.outcome as SuggestionOutcome,
  summary: row.summary,
  suggestedBy: row.suggested_by,
  suggestedAt: row.suggested_at,
  how: fromJson<HowDecided>(row.how),
  decidedAt: row.decided_at,
});

export function sqlSuggestions({ db, dialect }: SqlStorage): SuggestionDecisionStore {
  return {
    async recordDecision(d) {
      const result = await db
        .insertInto('suggestion_decisions')
        .values({
          id: d.id,
          document_id: d.documentId,
          suggestion_id: d.suggestionId,
          outcome: d.outcome,
          summary: d.summary,
          suggested_by: d.suggestedBy,
          suggested_at: d.suggestedAt,
          how: toJson(d.how),
          decided_at: d.decidedAt,
        })
        .onConflict((oc) => oc.columns(['document_id', 'suggestion_id']).doNothing())
        .executeTakeFirst();
      return changed(result) === 1;
    },
    async listDecisions(documentId) {
      const rows = await db
        .selectFrom('suggestion_decisions')
        .selectAll()
        .where('document_id', '=', documentId)
        .orderBy('decided_at', 'desc')
        .orderBy(tieBreak(dialect), 'desc')
        .execute();
      return rows.map(toDecision);
    },
    async setInReview(documentId, inReview, at) {
      if (inReview) {
        await db
          .insertInto('document_reviews')
          .values({ document_id: documentId, since: at })
          .onConflict((oc) => oc.doNothing())
          .execute();
      } else
        await db.deleteFrom('document_reviews').where('document_id', '=', documentId).execute();
    },
    async isInReview(documentId) {
      const row = await db
        .selectFrom('document_reviews')
        .select('document_id')
        .where('document_id', '=', documentId)
        .executeTakeFirst();
      return row !== undefined;
    },
    async listInReview(workspaceId) {
      const rows = await db
        .selectFrom('document_reviews as r')
        .innerJoin('documents as d', 'd.id', 'r.document_id')
        .select('d.id')
        .where('d.workspace_id', '=', workspaceId)
        .orderBy('d.id')
        .execute();
      return rows.map((row) => row.id);
    },
  };
}
