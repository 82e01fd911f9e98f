// Public pages in either database: one row per workspace, its address unique.
import { PublicPageText } from '@roundtable/shared/protocol/recruiting';
import type { PublicPageRecord, PublicPageStore } from '../recruiting-ports.ts';
import type { SqlStorage } from './connect.ts';
import type { PublicPagesTable } from './database-recruiting.ts';

const fromRow = (row: PublicPagesTable): PublicPageRecord => ({
  workspaceId: row.workspace_id,
  slug: row.slug,
  publishedAt: row.published_at,
  text: PublicPageText.parse(JSON.parse(row.content)),
  updatedAt: row.updated_at,
});

export function sqlPublicPages({ db }: SqlStorage): PublicPageStore {
  return {
    async getPublicPage(workspaceId) {
      const row = await db
        .selectFrom('public_pages')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .executeTakeFirst();
      return row && fromRow(row);
    },
    async findPublicPageBySlug(slug) {
      const row = await db
        .selectFrom('public_pages')
        .selectAll()
        .where('slug', '=', slug)
        .executeTakeFirst();
      return row && fromRow(row);
    },
    async putPublicPage(record) {
      const values = {
        slug: record.slug,
        published_at: record.publishedAt,
        content: JSON.stringify(record.text),
        updated_at: record.updatedAt,
      };
      const saved = db.transaction().execute(async (trx) => {
        const taken = await trx
          .selectFrom('public_pages')
          .select('workspace_id')
          .where('slug', '=', record.slug)
          .where('workspace_id', '!=', record.workspaceId)
          .executeTakeFirst();
        if (taken) return false;
        await trx
          .insertInto('public_pages')
          .values({ workspace_id: record.workspaceId, ...values })
          .onConflict((conflict) => conflict.column('workspace_id').doUpdateSet(values))
          .execute();
        return true;
      });
      // Two workspaces taking the same address at once: the unique index refuses the second.
      return saved.catch((error: unknown) => {
        if (/unique/i.test(String(error))) return false;
        throw error;
      });
    },
  };
}
