// A workspace's hard words. Adding and changing run in one transaction that first locks the
// workspace's row on Postgres (SQLite's one connection runs one transaction at a time), so the
// check for the same word and the count of words hold when the write lands.
import type { Selectable } from 'kysely';
import { hardWordKey } from '@roundtable/shared/protocol/hard-words';
import type { HardWordRecord, HardWordStore } from '../hard-word-ports.ts';
import type { SqlStorage } from './connect.ts';
import type { HardWordsTable } from './database.ts';
import { changed } from './rows.ts';
import { byCodePoint } from './text-order.ts';
import { inTransaction, type SqlTransaction } from './transaction.ts';

const toHardWord = (row: Selectable<HardWordsTable>): HardWordRecord => ({
  id: row.id,
  workspaceId: row.workspace_id,
  word: row.word,
  explanation: row.explanation,
  addedBy: row.added_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function sqlHardWords({ db, dialect }: SqlStorage): HardWordStore {
  /** Holds the workspace's row until the transaction ends (Postgres), so its words stay still. */
  const lockWorkspace = (trx: SqlTransaction, workspaceId: string) =>
    trx
      .selectFrom('workspaces')
      .select('id')
      .where('id', '=', workspaceId)
      .$if(dialect === 'postgres', (qb) => qb.forUpdate())
      .executeTakeFirst();
  const holder = (trx: SqlTransaction, workspaceId: string, key: string) =>
    trx
      .selectFrom('hard_words')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('word_key', '=', key)
      .executeTakeFirst();

  return {
    async listHardWords(workspaceId) {
      const rows = await db
        .selectFrom('hard_words')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy(byCodePoint(dialect, 'word_key'))
        .orderBy('id')
        .execute();
      return rows.map(toHardWord);
    },
    async getHardWord(id) {
      const row = await db
        .selectFrom('hard_words')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toHardWord(row);
    },
    async addHardWord(record, limit) {
      const key = hardWordKey(record.word);
      return inTransaction(db, async (trx) => {
        await lockWorkspace(trx, record.workspaceId);
        if (await holder(trx, record.workspaceId, key)) return 'duplicate';
        const { count } = await trx
          .selectFrom('hard_words')
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .where('workspace_id', '=', record.workspaceId)
          .executeTakeFirstOrThrow();
        if (Number(count) >= limit) return 'full';
        await trx
          .insertInto('hard_words')
          .values({
            id: record.id,
            workspace_id: record.workspaceId,
            word: record.word,
            word_key: key,
            explanation: record.explanation,
            added_by: record.addedBy,
            created_at: record.createdAt,
            updated_at: record.updatedAt,
          })
          .execute();
        return 'added';
      });
    },
    async changeHardWord(id, change) {
      return inTransaction(db, async (trx) => {
        const found = await trx
          .selectFrom('hard_words')
          .select('workspace_id')
          .where('id', '=', id)
          .executeTakeFirst();
        if (!found) return undefined;
        await lockWorkspace(trx, found.workspace_id);
        const key = change.word === undefined ? undefined : hardWordKey(change.word);
        if (key !== undefined) {
          const other = await holder(trx, found.workspace_id, key);
          if (other && other.id !== id) return 'duplicate';
        }
        const row = await trx
          .updateTable('hard_words')
          .set({
            ...(change.word !== undefined && key !== undefined
              ? { word: change.word, word_key: key }
              : {}),
            ...(change.explanation !== undefined ? { explanation: change.explanation } : {}),
            updated_at: change.updatedAt,
          })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirst();
        return row && toHardWord(row);
      });
    },
    async removeHardWord(id) {
      const result = await db.deleteFrom('hard_words').where('id', '=', id).executeTakeFirst();
      return changed(result) === 1;
    },
  };
}
