// Decisions on suggestions in SQLite.
import type Database from 'better-sqlite3';
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
  how: string;
  decided_at: string;
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
  how: JSON.parse(row.how) as HowDecided,
  decidedAt: row.decided_at,
});

export function sqliteSuggestions(db: Database.Database): SuggestionDecisionStore {
  return {
    async recordDecision(d) {
      return (
        db
          .prepare(
            `INSERT INTO suggestion_decisions (${columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (document_id, suggestion_id) DO NOTHING`,
          )
          .run(
            d.id,
            d.documentId,
            d.suggestionId,
            d.outcome,
            d.summary,
            d.suggestedBy,
            d.suggestedAt,
            JSON.stringify(d.how),
            d.decidedAt,
          ).changes === 1
      );
    },
    async listDecisions(documentId) {
      return db
        .prepare<[string], DecisionRow>(
          `SELECT ${columns} FROM suggestion_decisions WHERE document_id = ?
           ORDER BY decided_at DESC, rowid DESC`,
        )
        .all(documentId)
        .map(toDecision);
    },
    async setInReview(documentId, inReview, at) {
      if (inReview) {
        db.prepare(
          'INSERT INTO document_reviews (document_id, since) VALUES (?, ?) ON CONFLICT DO NOTHING',
        ).run(documentId, at);
      } else db.prepare('DELETE FROM document_reviews WHERE document_id = ?').run(documentId);
    },
    async isInReview(documentId) {
      return (
        db.prepare('SELECT 1 FROM document_reviews WHERE document_id = ?').get(documentId) !==
        undefined
      );
    },
    async listInReview(workspaceId) {
      return db
        .prepare<[string], { id: string }>(
          `SELECT d.id FROM document_reviews r JOIN documents d ON d.id = r.document_id
           WHERE d.workspace_id = ? ORDER BY d.id`,
        )
        .all(workspaceId)
        .map((row) => row.id);
    },
  };
}
