// Personal API tokens in either database, by the hash of the token.
import type { Selectable } from 'kysely';
import type { ApiTokenRecord, ApiTokenStore } from '../identity-ports.ts';
import type { SqlStorage } from './connect.ts';
import type { ApiTokensTable } from './database.ts';
import { byCodePoint } from './text-order.ts';

const toToken = (row: Selectable<ApiTokensTable>): ApiTokenRecord => ({
  id: row.id,
  userId: row.user_id,
  name: row.name,
  tokenHash: row.token_hash,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
  revokedAt: row.revoked_at,
});

export function sqlApiTokens({ db, dialect }: SqlStorage): ApiTokenStore {
  return {
    async createApiToken(t) {
      await db
        .insertInto('api_tokens')
        .values({
          id: t.id,
          user_id: t.userId,
          name: t.name,
          token_hash: t.tokenHash,
          created_at: t.createdAt,
          last_used_at: t.lastUsedAt,
          revoked_at: t.revokedAt,
        })
        .execute();
    },
    async findApiTokenByHash(tokenHash) {
      const row = await db
        .selectFrom('api_tokens')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row && toToken(row);
    },
    async listApiTokens(userId) {
      const rows = await db
        .selectFrom('api_tokens')
        .selectAll()
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .orderBy('created_at')
        .orderBy(byCodePoint(dialect, 'id'))
        .execute();
      return rows.map(toToken);
    },
    async revokeApiToken(id, userId, at) {
      const result = await db
        .updateTable('api_tokens')
        .set({ revoked_at: at })
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
    async touchApiToken(id, at) {
      await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
    },
  };
}
