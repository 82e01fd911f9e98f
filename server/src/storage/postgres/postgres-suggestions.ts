// Decisions on suggestions in Postgres.
import type pg from 'pg';
import type { HowDecided, SuggestionOutcome } from '@roundtable/shared/protocol/suggestions';
import type { SuggestionDecisionRecord, SuggestionDecisionStore } from '../suggestion-ports.ts';

interface DecisionRow {
  id: string;
  document_id: string;
  suggestion_id: string;
  outcome: string;
  summary: string;
  suggested_by: string | null;
  suggested_at: string | null;
  how: HowDecided;
  decided_at: Date;
}

const columns =
  'id, document_id, suggestion_id, outcome, summary, suggested_by, suggested_at, how, decided_at';

const toDecision = (row: DecisionRow): SuggestionDecisionRecord => ({
  id: row.id,
  documentId: row.document_id,
  suggestionId: row.suggestion_id,
  outcome: row.outcome as SuggestionOutcome,
  summary: row.summary,
  suggestedBy: row.suggested_by,
  suggestedAt: row.suggested_at,
  how: row.how,
  decidedAt: row.decided_at.toISOString(),
});

export function postgresSuggestions(pool: pg.Pool): SuggestionDecisionStore {
  return {
    async recordDecision(d) {
      const result = await pool.query(
        `INSERT INTO suggestion_decisions (${columns})
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (document_id, suggestion_id) DO NOTHING`,
        [
          d.id,
          d.documentId,
          d.suggestionId,
          d.outcome,
          d.summary,
          d.suggestedBy,
          d.suggestedAt,
          JSON.stringify(d.how),
          d.decidedAt,
        ],
      );
      return result.rowCount === 1;
    },
    async listDecisions(documentId) {
      const { rows } = await pool.query<DecisionRow>(
        `SELECT ${columns} FROM suggestion_decisions WHERE document_id = $1
         ORDER BY decided_at DESC, id DESC`,
        [documentId],
      );
      return rows.map(toDecision);
    },
    async setInReview(documentId, inReview, at) {
      if (inReview) {
        await pool.query(
          'INSERT INTO document_reviews (document_id, since) VALUES ($1, $2) ON CONFLICT DO NOTHING',
          [documentId, at],
        );
      } else await pool.query('DELETE FROM document_reviews WHERE document_id = $1', [documentId]);
    },
    async isInReview(documentId) {
      const { rowCount } = await pool.query(
        'SELECT 1 FROM document_reviews WHERE document_id = $1',
        [documentId],
      );
      return rowCount === 1;
    },
    async listInReview(workspaceId) {
      const { rows } = await pool.query<{ id: string }>(
        `SELECT d.id FROM document_reviews r JOIN documents d ON d.id = r.document_id
         WHERE d.workspace_id = $1 ORDER BY d.id`,
        [workspaceId],
      );
      return rows.map((row) => row.id);
    },
  };
}
