// Comment threads and comments in SQLite.
import type Database from 'better-sqlite3';
import type {
  CommentRecord,
  CommentStore,
  CommentThreadRecord,
  StoredThread,
} from '../comment-ports.ts';
import type { SuggestionOutcome } from '@roundtable/shared/protocol/suggestions';

interface ThreadRow {
  id: string;
  document_id: string;
  anchor_start: string;
  anchor_end: string;
  quote: string;
  created_by: string;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
  suggestion_id: string | null;
  resolved_because: string | null;
}

interface CommentRow {
  id: string;
  thread_id: string;
  author_id: string;
  body: string;
  created_at: string;
  edited_at: string | null;
  deleted_at: string | null;
}

const threadColumns =
  'id, document_id, anchor_start, anchor_end, quote, created_by, created_at, resolved_at, resolved_by, suggestion_id, resolved_because';
const commentColumns = 'id, thread_id, author_id, body, created_at, edited_at, deleted_at';

const outcomeOf = (value: string | null): SuggestionOutcome | null =>
  value === 'accepted' || value === 'rejected' ? value : null;

const toThread = (row: ThreadRow): CommentThreadRecord => ({
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

const toComment = (row: CommentRow): CommentRecord => ({
  id: row.id,
  threadId: row.thread_id,
  authorId: row.author_id,
  body: row.body,
  createdAt: row.created_at,
  editedAt: row.edited_at,
  deletedAt: row.deleted_at,
});

export function sqliteComments(db: Database.Database): CommentStore {
  const insertComment = db.prepare(
    `INSERT INTO comments (${commentColumns}) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  );
  const addComment = (c: CommentRecord): boolean =>
    insertComment.run(c.id, c.threadId, c.authorId, c.body, c.createdAt, c.editedAt, c.deletedAt)
      .changes === 1;
  const commentsOf = db.prepare<[string], CommentRow>(
    `SELECT ${commentColumns} FROM comments WHERE thread_id = ? ORDER BY created_at, rowid`,
  );
  const withComments = (thread: ThreadRow): StoredThread => ({
    thread: toThread(thread),
    comments: commentsOf.all(thread.id).map(toComment),
  });

  const createThread = db.transaction((t: CommentThreadRecord, first: CommentRecord): boolean => {
    const inserted = db
      .prepare(
        `INSERT INTO comment_threads (${threadColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      )
      .run(
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
      );
    if (inserted.changes !== 1) return false;
    if (!addComment(first)) throw new Error(`comment ${first.id} exists already`);
    return true;
  });

  return {
    async createThread(thread, first) {
      return createThread(thread, first);
    },
    async getThread(id) {
      const row = db
        .prepare<[string], ThreadRow>(`SELECT ${threadColumns} FROM comment_threads WHERE id = ?`)
        .get(id);
      return row && withComments(row);
    },
    async findSuggestionThread(documentId, suggestionId) {
      const row = db
        .prepare<[string, string], ThreadRow>(
          `SELECT ${threadColumns} FROM comment_threads WHERE document_id = ? AND suggestion_id = ?`,
        )
        .get(documentId, suggestionId);
      return row && withComments(row);
    },
    async listThreads(documentId) {
      return db
        .prepare<[string], ThreadRow>(
          `SELECT ${threadColumns} FROM comment_threads WHERE document_id = ? ORDER BY created_at, rowid`,
        )
        .all(documentId)
        .map(withComments);
    },
    async addComment(comment) {
      return addComment(comment);
    },
    async getComment(id) {
      const row = db
        .prepare<[string], CommentRow>(`SELECT ${commentColumns} FROM comments WHERE id = ?`)
        .get(id);
      return row && toComment(row);
    },
    async editComment(id, body, editedAt) {
      return (
        db
          .prepare(
            'UPDATE comments SET body = ?, edited_at = ? WHERE id = ? AND deleted_at IS NULL',
          )
          .run(body, editedAt, id).changes === 1
      );
    },
    async deleteComment(id, deletedAt) {
      return (
        db
          .prepare(
            "UPDATE comments SET body = '', deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
          )
          .run(deletedAt, id).changes === 1
      );
    },
    async setResolved(threadId, resolved) {
      return (
        db
          .prepare(
            'UPDATE comment_threads SET resolved_at = ?, resolved_by = ?, resolved_because = ? WHERE id = ?',
          )
          .run(resolved?.at ?? null, resolved?.by ?? null, resolved?.because ?? null, threadId)
          .changes === 1
      );
    },
    async eraseAuthor(authorId, deletedAt) {
      return db
        .prepare(
          "UPDATE comments SET body = '', deleted_at = coalesce(deleted_at, ?) WHERE author_id = ? AND (deleted_at IS NULL OR body <> '')",
        )
        .run(deletedAt, authorId).changes;
    },
  };
}
