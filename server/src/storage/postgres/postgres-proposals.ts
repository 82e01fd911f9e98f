// Proposals to agree a version, in Postgres. A response and a settle both lock the proposal's row
// (SELECT … FOR UPDATE) for their transaction, so what a settle counted is exactly what was
// stored when it closed, whichever server process each came through.
import type pg from 'pg';
import type { AgreementResponseKind } from '@roundtable/shared/domain/agreement';
import {
  settle as applySettlement,
  type Proposal,
  type ProposalOutcome,
  type ProposalState,
} from '@roundtable/shared/domain/proposals';
import type { ProposalStore } from '../proposal-ports.ts';
import { inTransaction } from './in-transaction.ts';

interface ProposalRow {
  id: string;
  document_id: string;
  version_id: string;
  proposed_by: string;
  created_at: Date;
  closes_at: Date;
  state: string;
  decided_at: Date | null;
  withdrawn_by: string | null;
  outcome: ProposalOutcome | null;
}

interface ResponseRow {
  proposal_id: string;
  user_id: string;
  kind: string;
  reason: string;
  responded_at: Date;
}

const columns =
  'id, document_id, version_id, proposed_by, created_at, closes_at, state, decided_at, withdrawn_by, outcome';

type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

async function withResponses(db: Queryable, rows: ProposalRow[]): Promise<Proposal[]> {
  if (rows.length === 0) return [];
  const { rows: responses } = await db.query<ResponseRow>(
    `SELECT proposal_id, user_id, kind, reason, responded_at FROM version_proposal_responses
     WHERE proposal_id = ANY($1::text[]) ORDER BY proposal_id, position`,
    [rows.map((row) => row.id)],
  );
  return rows.map((row) => ({
    id: row.id,
    documentId: row.document_id,
    versionId: row.version_id,
    proposedBy: row.proposed_by,
    createdAt: row.created_at.toISOString(),
    closesAt: row.closes_at.toISOString(),
    state: row.state as ProposalState,
    responses: responses
      .filter((r) => r.proposal_id === row.id)
      .map((r) => ({
        userId: r.user_id,
        kind: r.kind as AgreementResponseKind,
        reason: r.reason,
        respondedAt: r.responded_at.toISOString(),
      })),
    decidedAt: row.decided_at?.toISOString() ?? null,
    withdrawnBy: row.withdrawn_by,
    outcome: row.outcome,
  }));
}

export function postgresProposals(pool: pg.Pool): ProposalStore {
  const select = async (db: Queryable, where: string, params: unknown[]) => {
    const { rows } = await db.query<ProposalRow>(
      `SELECT ${columns} FROM version_proposals ${where}`,
      params,
    );
    return withResponses(db, rows);
  };
  return {
    async createProposal(p) {
      const result = await pool.query(
        `INSERT INTO version_proposals (${columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT DO NOTHING`,
        [
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
        ],
      );
      return result.rowCount === 1;
    },
    async getProposal(id) {
      return (await select(pool, 'WHERE id = $1', [id]))[0];
    },
    async listProposals(documentId) {
      return select(pool, 'WHERE document_id = $1 ORDER BY created_at DESC, id DESC', [documentId]);
    },
    async listDue(now) {
      return select(pool, `WHERE state = 'open' AND closes_at <= $1 ORDER BY closes_at`, [now]);
    },
    async putResponse(proposalId, r, now) {
      return inTransaction(pool, async (client) => {
        const open = await client.query(
          `SELECT id FROM version_proposals
           WHERE id = $1 AND state = 'open' AND closes_at > $2 FOR UPDATE`,
          [proposalId, now],
        );
        if (open.rowCount !== 1) return false;
        await client.query(
          `INSERT INTO version_proposal_responses
             (proposal_id, user_id, kind, reason, responded_at, position)
           VALUES ($1, $2, $3, $4, $5,
             (SELECT COALESCE(MAX(position), 0) + 1 FROM version_proposal_responses
              WHERE proposal_id = $1))
           ON CONFLICT (proposal_id, user_id) DO UPDATE SET
             kind = excluded.kind, reason = excluded.reason, responded_at = excluded.responded_at`,
          [proposalId, r.userId, r.kind, r.reason, r.respondedAt],
        );
        return true;
      });
    },
    async settle(proposalId, decide) {
      return inTransaction(pool, async (client) => {
        const [proposal] = await select(client, `WHERE id = $1 AND state = 'open' FOR UPDATE`, [
          proposalId,
        ]);
        if (!proposal) return undefined;
        const settlement = decide(proposal);
        await client.query(
          `UPDATE version_proposals SET state = $2, decided_at = $3, withdrawn_by = $4, outcome = $5
           WHERE id = $1`,
          [
            proposalId,
            settlement.state,
            settlement.decidedAt,
            settlement.withdrawnBy,
            settlement.outcome && JSON.stringify(settlement.outcome),
          ],
        );
        return applySettlement(proposal, settlement);
      });
    },
  };
}
