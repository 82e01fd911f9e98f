// Sign-in sessions in either database, by the hash of the cookie's secret. Starting one is a
// sign-in: the person's last sign-in time is set with it, in one transaction.
import type { SessionStore } from '../identity-ports.ts';
import type { SqlStorage } from './connect.ts';
import { inTransaction } from './transaction.ts';

export function sqlSessions({ db }: SqlStorage): SessionStore {
  return {
    async createSession(s) {
      await inTransaction(db, async (tx) => {
        await tx
          .updateTable('users')
          .set({ last_signed_in_at: s.createdAt })
          .where('id', '=', s.userId)
          .execute();
        await tx
          .insertInto('sessions')
          .values({
            id_hash: s.idHash,
            user_id: s.userId,
            created_at: s.createdAt,
            expires_at: s.expiresAt,
            remember: s.remember ? 1 : 0,
          })
          .execute();
      });
    },
    async getSession(idHash) {
      const row = await db
        .selectFrom('sessions')
        .selectAll()
        .where('id_hash', '=', idHash)
        .executeTakeFirst();
      return (
        row && {
          idHash: row.id_hash,
          userId: row.user_id,
          createdAt: row.created_at,
          expiresAt: row.expires_at,
          remember: row.remember === 1,
        }
      );
    },
    async extendSession(idHash, expiresAt) {
      await db
        .updateTable('sessions')
        .set({ expires_at: expiresAt })
        .where('id_hash', '=', idHash)
        .execute();
    },
    async deleteSession(idHash) {
      await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    },
    async deleteSessionsOf(userId, except) {
      const rows = await db
        .deleteFrom('sessions')
        .where('user_id', '=', userId)
        .$if(except !== undefined, (qb) => qb.where('id_hash', '!=', except ?? ''))
        .returning('id_hash')
        .execute();
      return rows.map((row) => row.id_hash);
    },
  };
}
