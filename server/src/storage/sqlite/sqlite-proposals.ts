// Proposals to agree a version, in SQLite. Each method is one synchronous transaction, and
// SQLite runs one writer at a time, so a response and a settle can never interleave.
import type Database from 'better-sqlite3';
import type { AgreementResponseKind } from '@roundtable/shared/domain/agreement';
import {
  settle as applySettlement,
  type Proposal,
  type ProposalOutcome,
  type ProposalResponse,
  type ProposalState,
} from '@roundtable/shared/domain/proposals';
import type { ProposalStore } from '../proposal-ports.ts';

interface ProposalRow {
  id: string;
  document_id: string;
  version_id: string;
  proposed_by: string;
  created_at: string;
  closes_at: string;
  state: string;
  decided_at: string | null;
  withdrawn_by: string | null;
  outcome: string | null;
}

interface ResponseRow {
  user_id: string;
  kind: string;
  reason: string;
  responded_at: string;
}

const columns =
  'id, document_id, version_id, proposed_by, created_at, closes_at, state, decided_at, withdrawn_by, outcome';

export function sqliteProposals(db: Database.Database): ProposalStore {
  const responsesOf = db.prepare<[string], ResponseRow>(
    `SELECT user_id, kind, reason, responded_at FROM version_proposal_responses
     WHERE proposal_id = ? ORDER BY position`,
  );
  const getRow = db.prepare<[string], ProposalRow>(
    `SELECT ${columns} FROM version_proposals WHERE id = ?`,
  );
  const toProposal = (row: ProposalRow): Proposal => ({
    id: row.id,
    documentId: row.document_id,
    versionId: row.version_id,
    proposedBy: row.proposed_by,
    createdAt: row.created_at,
    closesAt: row.closes_at,
    state: row.state as ProposalState,
    responses: responsesOf.all(row.id).map((r): ProposalResponse => ({
      userId: r.user_id,
      kind: r.kind as AgreementResponseKind,
      reason: r.reason,
      respondedAt: r.responded_at,
    })),
    decidedAt: row.decided_at,
    withdrawnBy: row.withdrawn_by,
    outcome: row.outcome === null ? null : (JSON.parse(row.outcome) as ProposalOutcome),
  });

  const create = db.transaction((p: Proposal): boolean => {
    const result = db
      .prepare(
        `INSERT INTO version_proposals (${columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT DO NOTHING`,
      )
      .run(
        p.id,
        p.documentId,
        p.versionId,
        p.proposedBy,
        p.createdAt,
        p.closesAt,
        p.state,
        p.decidedAt,
        p.withdrawnBy,
        p.outcome && JSON.stringify(p.outcome),
      );
    return result.changes === 1;
  });

  const respond = db.transaction((proposalId: string, r: ProposalResponse, now: string) => {
    const open = db
      .prepare<[string, string], { id: string }>(
        `SELECT id FROM version_proposals WHERE id = ? AND state = 'open' AND closes_at > ?`,
      )
      .get(proposalId, now);
    if (!open) return false;
    db.prepare(
      `INSERT INTO version_proposal_responses
         (proposal_id, user_id, kind, reason, responded_at, position)
       VALUES (@proposalId, @userId, @kind, @reason, @respondedAt,
         (SELECT COALESCE(MAX(position), 0) + 1 FROM version_proposal_responses
          WHERE proposal_id = @proposalId))
       ON CONFLICT (proposal_id, user_id) DO UPDATE SET
         kind = excluded.kind, reason = excluded.reason, responded_at = excluded.responded_at`,
    ).run({ proposalId, ...r });
    return true;
  });

  const settle = db.transaction(
    (proposalId: string, decide: Parameters<ProposalStore['settle']>[1]) => {
      const row = getRow.get(proposalId);
      if (!row || row.state !== 'open') return undefined;
      const proposal = toProposal(row);
      const settlement = decide(proposal);
      db.prepare(
        `UPDATE version_proposals SET state = ?, decided_at = ?, withdrawn_by = ?, outcome = ?
         WHERE id = ? AND state = 'open'`,
      ).run(
        settlement.state,
        settlement.decidedAt,
        settlement.withdrawnBy,
        settlement.outcome && JSON.stringify(settlement.outcome),
        proposalId,
      );
      return applySettlement(proposal, settlement);
    },
  );

  return {
    async createProposal(proposal) {
      return create(proposal);
    },
    async getProposal(id) {
      const row = getRow.get(id);
      return row && toProposal(row);
    },
    async listProposals(documentId) {
      return db
        .prepare<[string], ProposalRow>(
          `SELECT ${columns} FROM version_proposals WHERE document_id = ?
           ORDER BY created_at DESC, rowid DESC`,
        )
        .all(documentId)
        .map(toProposal);
    },
    async listDue(now) {
      return db
        .prepare<[string], ProposalRow>(
          `SELECT ${columns} FROM version_proposals WHERE state = 'open' AND closes_at <= ?
           ORDER BY closes_at`,
        )
        .all(now)
        .map(toProposal);
    },
    async putResponse(proposalId, response, now) {
      return respond(proposalId, response, now);
    },
    async settle(proposalId, decide) {
      return settle(proposalId, decide);
    },
  };
}
