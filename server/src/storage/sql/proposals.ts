// Proposals to agree a version. A response and a settle each run in one transaction. On
// Postgres both lock the proposal's row (SELECT … FOR UPDATE), so what a settle counted is
// exactly what was stored when it closed, whichever server process each came through; SQLite's
// one connection runs one transaction at a time, which gives the same.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { AgreementResponseKind } from '@roundtable/shared/domain/agreement';
import {
  settle as applySettlement,
  type Proposal,
  type ProposalOutcome,
  type ProposalState,
} from '@roundtable/shared/domain/proposals';
import type { ProposalStore } from '../proposal-ports.ts';
import type { SqlStorage } from './connect.ts';
import type { Database, VersionProposalsTable } from './database.ts';
import { changed, fromJson, tieBreak, toJson } from './rows.ts';
import { inTransaction } from './transaction.ts';

type ProposalRow = Selectable<VersionProposalsTable>;

async function withResponses(db: Kysely<Database>, rows: ProposalRow[]): Promise<Proposal[]> {
  if (rows.length === 0) return [];
  const responses = await db
    .selectFrom('version_proposal_responses')
    .select(['proposal_id', 'user_id', 'kind', 'reason', 'responded_at'])
    .where(
      'proposal_id',
      'in',
      rows.map((row) => row.id),
    )
    .orderBy('proposal_id')
    .orderBy('position')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    documentId: row.document_id,
    versionId: row.version_id,
    proposedBy: row.proposed_by,
    createdAt: row.created_at,
    closesAt: row.closes_at,
    state: row.state as ProposalState,
    responses: responses
      .filter((r) => r.proposal_id === row.id)
      .map((r) => ({
        userId: r.user_id,
        kind: r.kind as AgreementResponseKind,
        reason: r.reason,
        respondedAt: r.responded_at,
      })),
    decidedAt: row.decided_at,
    withdrawnBy: row.withdrawn_by,
    outcome: fromJson<ProposalOutcome>(row.outcome),
  }));
}

export function sqlProposals({ db, dialect }: SqlStorage): ProposalStore {
  const proposals = (from: Kysely<Database>) => from.selectFrom('version_proposals').selectAll();
  return {
    async createProposal(p) {
      const result = await db
        .insertInto('version_proposals')
        .values({
          id: p.id,
          document_id: p.documentId,
          version_id: p.versionId,
          proposed_by: p.proposedBy,
          created_at: p.createdAt,
          closes_at: p.closesAt,
          state: p.state,
          decided_at: p.decidedAt,
          withdrawn_by: p.withdrawnBy,
          outcome: p.outcome && toJson(p.outcome),
        })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      return changed(result) === 1;
    },
    async getProposal(id) {
      const rows = await proposals(db).where('id', '=', id).execute();
      return (await withResponses(db, rows))[0];
    },
    async listProposals(documentId) {
      const rows = await proposals(db)
        .where('document_id', '=', documentId)
        .orderBy('created_at', 'desc')
        .orderBy(tieBreak(dialect), 'desc')
        .execute();
      return withResponses(db, rows);
    },
    async listDue(now) {
      const rows = await proposals(db)
        .where('state', '=', 'open')
        .where('closes_at', '<=', now)
        .orderBy('closes_at')
        .execute();
      return withResponses(db, rows);
    },
    async putResponse(proposalId, r, now) {
      return inTransaction(db, async (trx) => {
        const open = await trx
          .selectFrom('version_proposals')
          .select('id')
          .where('id', '=', proposalId)
          .where('state', '=', 'open')
          .where('closes_at', '>', now)
          .$if(dialect === 'postgres', (qb) => qb.forUpdate())
          .executeTakeFirst();
        if (!open) return false;
        await trx
          .insertInto('version_proposal_responses')
          .values({
            proposal_id: proposalId,
            user_id: r.userId,
            kind: r.kind,
            reason: r.reason,
            responded_at: r.respondedAt,
            position: sql<number>`(SELECT COALESCE(MAX(position), 0) + 1
              FROM version_proposal_responses WHERE proposal_id = ${proposalId})`,
          })
          .onConflict((oc) =>
            oc.columns(['proposal_id', 'user_id']).doUpdateSet((eb) => ({
              kind: eb.ref('excluded.kind'),
              reason: eb.ref('excluded.reason'),
              responded_at: eb.ref('excluded.responded_at'),
            })),
          )
          .execute();
        return true;
      });
    },
    async settle(proposalId, decide) {
      return inTransaction(db, async (trx) => {
        const rows = await proposals(trx)
          .where('id', '=', proposalId)
          .where('state', '=', 'open')
          .$if(dialect === 'postgres', (qb) => qb.forUpdate())
          .execute();
        const [proposal] = await withResponses(trx, rows);
        if (!proposal) return undefined;
        const settlement = decide(proposal);
        await trx
          .updateTable('version_proposals')
          .set({
            state: settlement.state,
            decided_at: settlement.decidedAt,
            withdrawn_by: settlement.withdrawnBy,
            outcome: settlement.outcome && toJson(settlement.outcome),
          })
          .where('id', '=', proposalId)
          .where('state', '=', 'open')
          .execute();
        return applySettlement(proposal, settlement);
      });
    },
  };
}
