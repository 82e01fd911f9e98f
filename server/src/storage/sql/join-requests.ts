// Join requests in either database. Erasing one, or removing old ones, takes the mail about
// them in the same transaction, so no copy of their words is left in the outbox.
import { Contact, type JoinRequestState } from '@roundtable/shared/protocol/recruiting';
import {
  aboutJoinRequest,
  type JoinRequestRecord,
  type JoinRequestStore,
  type SentMessage,
} from '../recruiting-ports.ts';
import type { SqlStorage } from './connect.ts';
import type { JoinRequestsTable } from './database-recruiting.ts';
import type { SqlTransaction } from './transaction.ts';

const fromRow = (row: JoinRequestsTable): JoinRequestRecord => ({
  id: row.id,
  workspaceId: row.workspace_id,
  name: row.name,
  contact: Contact.parse(JSON.parse(row.contact)),
  needs: row.needs,
  reason: row.reason,
  state: row.state as JoinRequestState,
  receivedAt: row.received_at,
  answeredAt: row.answered_at,
  message: row.message === null ? null : (JSON.parse(row.message) as SentMessage),
  inviteId: row.invite_id,
  personId: row.person_id,
});

/** Erasing a person: the requests they sent (once linked to them) go, with the mail about them. */
export async function deleteJoinRequestsOf(trx: SqlTransaction, personId: string): Promise<void> {
  const rows = await trx
    .selectFrom('join_requests')
    .select('id')
    .where('person_id', '=', personId)
    .execute();
  if (rows.length > 0)
    await deleteRequests(
      trx,
      rows.map((row) => row.id),
    );
}

/** Deletes these requests and the mail about them. */
async function deleteRequests(trx: SqlTransaction, ids: readonly string[]): Promise<void> {
  await trx.deleteFrom('outbox_mails').where('about', 'in', ids.map(aboutJoinRequest)).execute();
  await trx.deleteFrom('join_requests').where('id', 'in', ids).execute();
}

export function sqlJoinRequests({ db }: SqlStorage): JoinRequestStore {
  const get = async (id: string) => {
    const row = await db
      .selectFrom('join_requests')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && fromRow(row);
  };
  return {
    async createJoinRequest(record) {
      await db
        .insertInto('join_requests')
        .values({
          id: record.id,
          workspace_id: record.workspaceId,
          name: record.name,
          contact: JSON.stringify(record.contact),
          needs: record.needs,
          reason: record.reason,
          state: record.state,
          received_at: record.receivedAt,
          answered_at: record.answeredAt,
          message: record.message && JSON.stringify(record.message),
          invite_id: record.inviteId,
          person_id: record.personId,
        })
        .execute();
    },
    getJoinRequest: get,
    async listJoinRequests(workspaceId) {
      const rows = await db
        .selectFrom('join_requests')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('received_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map(fromRow);
    },
    async answerJoinRequest(id, answer) {
      await db
        .updateTable('join_requests')
        .set({
          state: answer.state,
          answered_at: answer.answeredAt,
          message: JSON.stringify(answer.message),
          ...(answer.inviteId ? { invite_id: answer.inviteId } : {}),
        })
        .where('id', '=', id)
        .where('state', '!=', 'joined')
        .execute();
      return get(id);
    },
    async linkJoinRequest(inviteId, personId) {
      const row = await db
        .selectFrom('join_requests')
        .select('id')
        .where('invite_id', '=', inviteId)
        .executeTakeFirst();
      if (!row) return undefined;
      // Linked once, to the first person: never moved to someone else.
      await db
        .updateTable('join_requests')
        .set({ state: 'joined', person_id: personId })
        .where('id', '=', row.id)
        .where('person_id', 'is', null)
        .execute();
      return get(row.id);
    },
    async listJoinRequestsOf(personId) {
      const rows = await db
        .selectFrom('join_requests')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('received_at')
        .execute();
      return rows.map(fromRow);
    },
    async eraseJoinRequest(id) {
      return db.transaction().execute(async (trx) => {
        const found = await trx
          .selectFrom('join_requests')
          .select('id')
          .where('id', '=', id)
          .executeTakeFirst();
        if (found) await deleteRequests(trx, [id]);
        return found !== undefined;
      });
    },
    async removeJoinRequestsBefore(before) {
      return db.transaction().execute(async (trx) => {
        const old = await trx
          .selectFrom('join_requests')
          .select('id')
          .where('state', 'in', ['new', 'asked', 'declined'])
          .where('received_at', '<', before)
          .execute();
        if (old.length === 0) return 0;
        await deleteRequests(
          trx,
          old.map((row) => row.id),
        );
        return old.length;
      });
    },
  };
}
