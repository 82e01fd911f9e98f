// Comment threads and comments in Postgres.
import type pg from 'pg';
import type {
  CommentRecord,
  CommentStore,
  CommentThreadRecord,
  StoredThread,
} from '../comment-ports.ts';
import type { SuggestionOutcome } from '@roundtable/shared/protocol/suggestions';
import { inTransaction } from './in-transaction.ts';

interface ThreadRow {
  id: string;
  document_id: string;
  anchor_start: string;
  anchor_end: string;
  quote: string;
  created_by: string;
  created_at: Date;
  resolved_at: Date | null;
  resolved_by: string | null;
  suggestion_id: string | null;
  resolved_because: string | null;
}

interface CommentRow {
  id: string;
  thread_id: string;
  author_id: string;
  body: string;
  created_at: Date;
  edited_at: Date | null;
  deleted_at: Date | null;
}

const threadColumns =
  'id, document_id, anchor_start, anchor_end, quote, created_by, created_at, resolved_at, resolved_by, suggestion_id, resolved_because';
const commentColumns = 'id, thread_id, author_id, body, created_at, edited_at, deleted_at';
const iso = (date: Date | null): string | null => date && date.toISOString();

const outcomeOf = (value: string | null): SuggestionOutcome | null =>
  value === 'accepted' || value === 'rejected' ? value : null;

const toThread = (row: ThreadRow): CommentThreadRecord => ({
  id: row.id,
  documentId: row.document_id,
  anchorStart: row.anchor_start,
  anchorEnd: row.anchor_end,
  quote: row.quote,
  createdBy: row.created_by,
  createdAt: row.created_at.toISOString(),
  resolvedAt: iso(row.resolved_at),
  resolvedBy: row.resolved_by,
  suggestionId: row.suggestion_id,
  resolvedBecause: outcomeOf(row.resolved_because),
});

const toComment = (row: CommentRow): CommentRecord => ({
  id: row.id,
  threadId: row.thread_id,
  authorId: row.author_id,
  body: row.body,
  createdAt: row.created_at.toISOString(),
  editedAt: iso(row.edited_at),
  deletedAt: iso(row.deleted_at),
});

type Queryable = Pick<pg.Pool, 'query'>;

async function insertComment(client: Queryable, c: CommentRecord): Promise<boolean> {
  const result = await client.query(
    `INSERT INTO comments (${commentColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
    [c.id, c.threadId, c.authorId, c.body, c.createdAt, c.editedAt, c.deletedAt],
  );
  return result.rowCount === 1;
}

async function withComments(pool: pg.Pool, threads: ThreadRow[]): Promise<StoredThread[]> {
  if (threads.length === 0) return [];
  const { rows } = await pool.query<CommentRow>(
    `SELECT ${commentColumns} FROM comments WHERE thread_id = ANY($1) ORDER BY created_at, id`,
    [threads.map((t) => t.id)],
  );
  const byThread = new Map<string, CommentRecord[]>();
  for (const row of rows) {
    const list = byThread.get(row.thread_id) ?? [];
    list.push(toComment(row));
    byThread.set(row.thread_id, list);
  }
  return threads.map((row) => ({ thread: toThread(row), comments: byThread.get(row.id) ?? [] }));
}

export function postgresComments(pool: pg.Pool): CommentStore {
  return {
    async createThread(t, first) {
      return inTransaction(pool, async (client) => {
        const inserted = await client.query(
          `INSERT INTO comment_threads (${threadColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING`,
          [
            t.id,
            t.documentId,
            t.anchorStart,
            t.anchorEnd,
            t.quote,
            t.createdBy,
            t.createdAt,
            t.resolvedAt,
            t.resolvedBy,
            t.suggestionId,
            t.resolvedBecause,
          ],
        );
        if (inserted.rowCount !== 1) return false;
        if (!(await insertComment(client, first))) {
          throw new Error(`comment ${first.id} exists already`);
        }
        return true;
      });
    },
    async getThread(id) {
      const { rows } = await pool.query<ThreadRow>(
        `SELECT ${threadColumns} FROM comment_threads WHERE id = $1`,
        [id],
      );
      return (await withComments(pool, rows))[0];
    },
    async findSuggestionThread(documentId, suggestionId) {
      const { rows } = await pool.query<ThreadRow>(
        `SELECT ${threadColumns} FROM comment_threads WHERE document_id = $1 AND suggestion_id = $2`,
        [documentId, suggestionId],
      );
      return (await withComments(pool, rows))[0];
    },
    async listThreads(documentId) {
      const { rows } = await pool.query<ThreadRow>(
        `SELECT ${threadColumns} FROM comment_threads WHERE document_id = $1 ORDER BY created_at, id`,
        [documentId],
      );
      return withComments(pool, rows);
    },
    async addComment(comment) {
      return insertComment(pool, comment);
    },
    async getComment(id) {
      const { rows } = await pool.query<CommentRow>(
        `SELECT ${commentColumns} FROM comments WHERE id = $1`,
        [id],
      );
      return rows[0] && toComment(rows[0]);
    },
    async editComment(id, body, editedAt) {
      const result = await pool.query(
        'UPDATE comments SET body = $2, edited_at = $3 WHERE id = $1 AND deleted_at IS NULL',
        [id, body, editedAt],
      );
      return result.rowCount === 1;
    },
    async deleteComment(id, deletedAt) {
      const result = await pool.query(
        "UPDATE comments SET body = '', deleted_at = $2 WHERE id = $1 AND deleted_at IS NULL",
        [id, deletedAt],
      );
      return result.rowCount === 1;
    },
    async setResolved(threadId, resolved) {
      const result = await pool.query(
        'UPDATE comment_threads SET resolved_at = $2, resolved_by = $3, resolved_because = $4 WHERE id = $1',
        [threadId, resolved?.at ?? null, resolved?.by ?? null, resolved?.because ?? null],
      );
      return result.rowCount === 1;
    },
    async eraseAuthor(authorId, deletedAt) {
      const result = await pool.query(
        "UPDATE comments SET body = '', deleted_at = coalesce(deleted_at, $2) WHERE author_id = $1 AND (deleted_at IS NULL OR body <> '')",
        [authorId, deletedAt],
      );
      return result.rowCount ?? 0;
    },
  };
}
