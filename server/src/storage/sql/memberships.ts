// Memberships of workspaces in either database, and when each person was last removed.
import type { Selectable } from 'kysely';
import type { Role } from '@roundtable/shared/domain/policy';
import type { MembershipRecord, MembershipStore } from '../identity-ports.ts';
import type { SqlStorage } from './connect.ts';
import type { MembershipsTable } from './database.ts';
import { toUser } from './people.ts';
import { byCodePoint, byCodePointIgnoringCase } from './text-order.ts';
import { inTransaction } from './transaction.ts';

const toMembership = (row: Selectable<MembershipsTable>): MembershipRecord => ({
  workspaceId: row.workspace_id,
  userId: row.user_id,
  role: row.role as Role,
  joinedAt: row.joined_at,
  inviteId: row.invite_id,
});

export function sqlMemberships({ db, dialect }: SqlStorage): MembershipStore {
  return {
    async listMemberships(userId) {
      const rows = await db
        .selectFrom('memberships as m')
        .innerJoin('workspaces as w', 'w.id', 'm.workspace_id')
        .selectAll('m')
        .select('w.name as workspace_name')
        .where('m.user_id', '=', userId)
        .orderBy(byCodePointIgnoringCase(dialect, 'w.name'))
        .orderBy(byCodePoint(dialect, 'w.id'))
        .execute();
      return rows.map((row) => ({ ...toMembership(row), workspaceName: row.workspace_name }));
    },
    async listMembers(workspaceId) {
      const rows = await db
        .selectFrom('memberships as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .selectAll('u')
        .select(['m.workspace_id', 'm.user_id', 'm.role', 'm.joined_at', 'm.invite_id'])
        .where('m.workspace_id', '=', workspaceId)
        .orderBy(byCodePointIgnoringCase(dialect, 'u.name'))
        .orderBy(byCodePoint(dialect, 'u.id'))
        .execute();
      return rows.map((row) => ({ ...toMembership(row), user: toUser(row) }));
    },
    async getMembership(workspaceId, userId) {
      const row = await db
        .selectFrom('memberships')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row && toMembership(row);
    },
    async putMembership(m) {
      // A role change keeps when and through which invite the person joined.
      await db
        .insertInto('memberships')
        .values({
          workspace_id: m.workspaceId,
          user_id: m.userId,
          role: m.role,
          joined_at: m.joinedAt,
          invite_id: m.inviteId,
        })
        .onConflict((oc) =>
          oc.columns(['workspace_id', 'user_id']).doUpdateSet((eb) => ({
            role: eb.ref('excluded.role'),
          })),
        )
        .execute();
    },
    async removeMembership(workspaceId, userId, removedAt) {
      // One transaction, so the removal and its record cannot part.
      return inTransaction(db, async (trx) => {
        const result = await trx
          .deleteFrom('memberships')
          .where('workspace_id', '=', workspaceId)
          .where('user_id', '=', userId)
          .executeTakeFirst();
        if (result.numDeletedRows === 0n) return false;
        await trx
          .insertInto('membership_removals')
          .values({ workspace_id: workspaceId, user_id: userId, removed_at: removedAt })
          .onConflict((oc) =>
            oc.columns(['workspace_id', 'user_id']).doUpdateSet((eb) => ({
              removed_at: eb.ref('excluded.removed_at'),
            })),
          )
          .execute();
        return true;
      });
    },
    async removedAt(workspaceId, userId) {
      const row = await db
        .selectFrom('membership_removals')
        .select('removed_at')
        .where('workspace_id', '=', workspaceId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row?.removed_at;
    },
  };
}
