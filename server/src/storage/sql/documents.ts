// Document records: created together with their first content, listed, binned and purged; an
// Easy Read version is created the same way, linked to its draft (one per draft).
import type { Selectable } from 'kysely';
import type { DocumentRecord, DocumentStore } from '../ports.ts';
import type { SqlStorage } from './connect.ts';
import type { DocumentsTable } from './database.ts';
import { changed } from './rows.ts';
import { inTransaction } from './transaction.ts';

const toDocument = (row: Selectable<DocumentsTable>): DocumentRecord => ({
  id: row.id,
  workspaceId: row.workspace_id,
  title: row.title,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  deletedAt: row.deleted_at,
  easyReadOf: row.easy_read_of,
});

const rowOf = (
  record: Omit<DocumentRecord, 'deletedAt' | 'easyReadOf'>,
  easyReadOf: string | null,
) => ({
  id: record.id,
  workspace_id: record.workspaceId,
  title: record.title,
  created_at: record.createdAt,
  updated_at: record.updatedAt,
  easy_read_of: easyReadOf,
});

export function sqlDocuments({ db }: SqlStorage): DocumentStore {
  return {
    async createDocument({ record, initialState }) {
      await inTransaction(db, async (trx) => {
        await trx.insertInto('documents').values(rowOf(record, null)).execute();
        await trx
          .insertInto('document_snapshots')
          .values({ document_id: record.id, state: initialState, up_to_seq: 0 })
          .execute();
      });
      return { ...record, deletedAt: null, easyReadOf: null };
    },
    async createEasyReadVersion({ record, draftId, initialState }) {
      const created = await inTransaction(db, async (trx) => {
        const result = await trx
          .insertInto('documents')
          .values(rowOf(record, draftId))
          // The draft has one already (documents_one_easy_read).
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst();
        if (changed(result) !== 1) return false;
        await trx
          .insertInto('document_snapshots')
          .values({ document_id: record.id, state: initialState, up_to_seq: 0 })
          .execute();
        return true;
      });
      return created ? { ...record, deletedAt: null, easyReadOf: draftId } : undefined;
    },
    async findEasyReadVersion(draftId) {
      const row = await db
        .selectFrom('documents')
        .selectAll()
        .where('easy_read_of', '=', draftId)
        .executeTakeFirst();
      return row && toDocument(row);
    },
    async getDocument(id) {
      const row = await db
        .selectFrom('documents')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toDocument(row);
    },
    async listDocuments({ workspaceId, inBin }) {
      const rows = await db
        .selectFrom('documents')
        .selectAll()
        .where('deleted_at', inBin ? 'is not' : 'is', null)
        .$if(workspaceId !== undefined, (qb) => qb.where('workspace_id', '=', workspaceId!))
        .orderBy(inBin ? 'deleted_at' : 'updated_at', 'desc')
        .orderBy('id')
        .execute();
      return rows.map(toDocument);
    },
    async updateDocument(id, change) {
      const row = await db
        .updateTable('documents')
        .set({
          updated_at: change.updatedAt,
          ...(change.title !== undefined && { title: change.title }),
          ...(change.deletedAt !== undefined && { deleted_at: change.deletedAt }),
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      return row && toDocument(row);
    },
    async purgeBin(cutoff) {
      const rows = await db
        .deleteFrom('documents')
        .where('deleted_at', 'is not', null)
        .where('deleted_at', '<', cutoff)
        .returning('id')
        .execute();
      return rows.map((row) => row.id);
    },
  };
}
