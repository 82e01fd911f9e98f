// One-time links (sign-in and setup) in either database.
import type { Selectable } from 'kysely';
import type { LinkPurpose, OneTimeLinkRecord, OneTimeLinkStore } from '../identity-ports.ts';
import type { SqlStorage } from './connect.ts';
import type { OneTimeLinksTable } from './database.ts';

export const linkRecordOf = (row: Selectable<OneTimeLinksTable>): OneTimeLinkRecord => ({
  tokenHash: row.token_hash,
  purpose: row.purpose as LinkPurpose,
  userId: row.user_id,
  createdBy: row.created_by,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  usedAt: row.used_at,
});

export function sqlOneTimeLinks({ db }: SqlStorage): OneTimeLinkStore {
  return {
    async createLink(l) {
      await db
        .insertInto('one_time_links')
        .values({
          token_hash: l.tokenHash,
          purpose: l.purpose,
          user_id: l.userId,
          created_by: l.createdBy,
          created_at: l.createdAt,
          expires_at: l.expiresAt,
          used_at: l.usedAt,
        })
        .execute();
    },
    async consumeLink(tokenHash, at) {
      // One statement: of two requests racing with the same link, exactly one gets a row back.
      const row = await db
        .updateTable('one_time_links')
        .set({ used_at: at })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', at)
        .returningAll()
        .executeTakeFirst();
      return row && linkRecordOf(row);
    },
  };
}
