// Comment threads and their comments.
import type { Kysely, Selectable } from 'kysely';
import type { SuggestionOutcome } from '@roundtable/shared/protocol/suggestions';
import type {
  CommentRecord,
  CommentStore,
  CommentThreadRecord,
  StoredThread,
} from '../comment-ports.ts';
import type { SqlDialect, SqlStorage } from './connect.ts';
import type { CommentThreadsTable, CommentsTable, Database } from './database.ts';
import { changed, tieBreak } from './rows.ts';
import { inTransaction } from './transaction.ts';

const outcomeOf = (value: string | null): SuggestionOutcome | null =>
  value === 'accepted' || value === 'rejected' ? value : null;

const toThread = (row: Selectable<CommentThreadsTable>): CommentThreadRecord => ({
  id: row.id,
  documentId: row.document_id,
  anchorStart: row.anchor_start,
  anchorEnd: row.anchor_end,
  quote: row.quote,
  createdBy: row.created_by,
  createdAt: row.created_at,
  resolvedAt: row.resolved_at,
  resolvedBy: row.resolved_by,
  suggestionId: row.suggestion_id,
  resolvedBecause: outcomeOf(row.resolved_because),
});

const toComment = (row: Selectable<CommentsTable>): CommentRecord => ({
  id: row.id,
  threadId: row.thread_id,
  authorId: row.author_id,
  body: row.body,
  createdAt: row.created_at,
  editedAt: row.edited_at,
  deletedAt: row.deleted_at,
});

async function insertComment(db: Kysely<Database>, c: CommentRecord): Promise<boolean> {
  const result = await db
    .insertInto('comments')
    .values({
      id: c.id,
      thread_id: c.threadId,
      author_id: c.authorId,
      body: c.body,
      created_at: c.createdAt,
      edited_at: c.editedAt,
      deleted_at: c.deletedAt,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return changed(result) === 1;
}

async function withComments(
  db: Kysely<Database>,
  dialect: SqlDialect,
  threads: Selectable<CommentThreadsTable>[],
): Promise<StoredThread[]> {
  if (threads.length === 0) return [];
  const rows = await db
    .selectFrom('comments')
    .selectAll()
    .where(
      'thread_id',
      'in',
      threads.map((t) => t.id),
    )
    .orderBy('created_at')
    .orderBy(tieBreak(dialect))
    .execute();
  const byThread = new Map<string, CommentRecord[]>();
  for (const row of rows) {
    const list = byThread.get(row.thread_id) ?? [];
    list.push(toComment(row));
    byThread.set(row.thread_id, list);
  }
  return threads.map((row) => ({ thread: toThread(row), comments: byThread.get(row.id) ?? [] }));
}

export function sqlComments({ db, dialect }: SqlStorage): CommentStore {
  const threads = db.selectFrom('comment_threads').selectAll();
  return {
    async createThread(t, first) {
      return inTransaction(db, async (trx) => {
        const inserted = await trx
          .insertInto('comment_threads')
          .values({
            id: t.id,
            document_id: t.documentId,
            anchor_start: t.anchorStart,
            anchor_end: t.anchorEnd,
            quote: t.quote,
            created_by: t.createdBy,
            created_at: t.createdAt,
            resolved_at: t.resolvedAt,
            resolved_by: t.resolvedBy,
            suggestion_id: t.suggestionId,
            resolved_because: t.resolvedBecause,
          })
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst();
        if (changed(inserted) !== 1) return false;
        if (!(await insertComment(trx, first))) {
          throw new Error(`comment ${first.id} exists already`);
        }
        return true;
      });
    },
    async getThread(id) {
      const rows = await threads.where('id', '=', id).execute();
      return (await withComments(db, dialect, rows))[0];
    },
    async findSuggestionThread(documentId, suggestionId) {
      const rows = await threads
        .where('document_id', '=', documentId)
        .where('suggestion_id', '=', suggestionId)
        .execute();
      return (await withComments(db, dialect, rows))[0];
    },
    async listThreads(documentId) {
      const rows = await threads
        .where('document_id', '=', documentId)
        .orderBy('created_at')
        .orderBy(tieBreak(dialect))
        .execute();
      return withComments(db, dialect, rows);
    },
    async addComment(comment) {
      return insertComment(db, comment);
    },
    async getComment(id) {
      const row = await db
        .selectFrom('comments')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toComment(row);
    },
    async editComment(id, body, editedAt) {
      const result = await db
        .updateTable('comments')
        .set({ body, edited_at: editedAt })
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      return changed(result) === 1;
    },
    async deleteComment(id, deletedAt) {
      const result = await db
        .updateTable('comments')
        .set({ body: '', deleted_at: deletedAt })
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      return changed(result) === 1;
    },
    async setResolved(threadId, resolved) {
      const result = await db
        .updateTable('comment_threads')
        .set({
          resolved_at: resolved?.at ?? null,
          resolved_by: resolved?.by ?? null,
          resolved_because: resolved?.because ?? null,
        })
        .where('id', '=', threadId)
        .executeTakeFirst();
      return changed(result) === 1;
    },
    async eraseAuthor(authorId, deletedAt) {
      const result = await db
        .updateTable('comments')
        .set((eb) => ({ body: '', deleted_at: eb.fn.coalesce('deleted_at', eb.val(deletedAt)) }))
        .where('author_id', '=', authorId)
        .where((eb) => eb.or([eb('deleted_at', 'is', null), eb('body', '<>', '')]))
        .executeTakeFirst();
      return changed(result);
    },
  };
}
