// Invite links to workspaces in either database.
import type { Selectable } from 'kysely';
import type { Role } from '@roundtable/shared/domain/policy';
import type { InviteRecord, InviteStore } from '../identity-ports.ts';
import type { SqlStorage } from './connect.ts';
import type { InvitesTable } from './database.ts';
import { byCodePoint } from './text-order.ts';

const toInvite = (row: Selectable<InvitesTable>): InviteRecord => ({
  id: row.id,
  tokenHash: row.token_hash,
  workspaceId: row.workspace_id,
  role: row.role as Role,
  createdBy: row.created_by,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  revokedAt: row.revoked_at,
  singleUse: row.single_use === 1,
});

export function sqlInvites({ db, dialect }: SqlStorage): InviteStore {
  return {
    async createInvite(i) {
      await db
        .insertInto('invites')
        .values({
          id: i.id,
          token_hash: i.tokenHash,
          workspace_id: i.workspaceId,
          role: i.role,
          created_by: i.createdBy,
          created_at: i.createdAt,
          expires_at: i.expiresAt,
          revoked_at: i.revokedAt,
          single_use: i.singleUse ? 1 : 0,
        })
        .execute();
    },
    async getInvite(id) {
      const row = await db
        .selectFrom('invites')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toInvite(row);
    },
    async findInviteByTokenHash(tokenHash) {
      const row = await db
        .selectFrom('invites')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row && toInvite(row);
    },
    async listInvites(workspaceId) {
      const rows = await db
        .selectFrom('invites')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('created_at', 'desc')
        .orderBy(byCodePoint(dialect, 'id'))
        .execute();
      return rows.map(toInvite);
    },
    async revokeInvite(id, at) {
      const result = await db
        .updateTable('invites')
        .set({ revoked_at: at })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
  };
}
