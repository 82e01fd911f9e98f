// The public notices in either database: one row per kind, replaced whole on each save.
import type { NoticeKind } from '@roundtable/shared/protocol/notices';
import type { NoticeStore } from '../notice-ports.ts';
import type { SqlStorage } from './connect.ts';

export function sqlNotices({ db }: SqlStorage): NoticeStore {
  return {
    async getNotice(kind) {
      const row = await db
        .selectFrom('notices')
        .selectAll()
        .where('kind', '=', kind)
        .executeTakeFirst();
      return (
        row && {
          kind: row.kind as NoticeKind,
          text: row.body,
          updatedAt: row.updated_at,
          updatedBy: row.updated_by,
        }
      );
    },
    async putNotice(record) {
      const values = {
        body: record.text,
        updated_at: record.updatedAt,
        updated_by: record.updatedBy,
      };
      await db
        .insertInto('notices')
        .values({ kind: record.kind, ...values })
        .onConflict((conflict) => conflict.column('kind').doUpdateSet(values))
        .execute();
    },
    async deleteNotice(kind) {
      const result = await db.deleteFrom('notices').where('kind', '=', kind).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}
