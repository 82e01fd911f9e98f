// The SQLite store (better-sqlite3): the zero-setup default. One file in DATA_DIR, WAL mode, so a
// committed update survives a crash of the process. Calls are synchronous underneath; the
// promises only keep the port the same as the Postgres one.
import type Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type {
  DocumentRecord,
  DocumentStore,
  MergeUpdates,
  PendingUpdate,
  Store,
  StoredDocumentState,
  StoredUpdateRef,
  UpdateLog,
  WorkspaceRecord,
  WorkspaceStore,
} from '../ports.ts';
import { openSqlite, type SqliteOptions } from '../sql/connect.ts';
import { sqlIdentity } from '../sql/identity.ts';
import { sqliteMeetings } from './sqlite-meetings.ts';
import { sqliteProposals } from './sqlite-proposals.ts';
import { sqliteSuggestions } from './sqlite-suggestions.ts';
import { sqliteVersions } from './sqlite-versions.ts';
import { sqliteComments } from './sqlite-comments.ts';
import { sqliteQuarantine } from './sqlite-quarantine.ts';

interface DocumentRow {
  id: string;
  workspace_id: string;
  title: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

interface WorkspaceRow {
  id: string;
  name: string;
  created_at: string;
}

const toDocument = (row: DocumentRow): DocumentRecord => ({
  id: row.id,
  workspaceId: row.workspace_id,
  title: row.title,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  deletedAt: row.deleted_at,
});

const toWorkspace = (row: WorkspaceRow): WorkspaceRecord => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at,
});

export type SqliteStoreOptions = SqliteOptions;

export function openSqliteStore(options: SqliteStoreOptions): Store {
  const storage = openSqlite(options);
  const db = storage.sqlite;

  const workspaces = sqliteWorkspaces(db);
  const documents = sqliteDocuments(db);
  const updates = sqliteUpdateLog(db);
  return {
    kind: 'sqlite',
    identity: sqlIdentity(storage),
    meetings: sqliteMeetings(db),
    versions: sqliteVersions(db),
    proposals: sqliteProposals(db),
    suggestions: sqliteSuggestions(db),
    comments: sqliteComments(db),
    workspaces,
    documents,
    updates,
    async backup(destination, onProgress) {
      mkdirSync(dirname(destination), { recursive: true });
      await db.backup(destination, {
        progress: ({ totalPages, remainingPages }) => {
          onProgress(totalPages === 0 ? 1 : (totalPages - remainingPages) / totalPages);
          return 200;
        },
      });
      onProgress(1);
    },
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      await storage.db.destroy();
      if (db.open) db.close();
    },
  };
}

function sqliteWorkspaces(db: Database.Database): WorkspaceStore {
  const insert = db.prepare('INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?)');
  const get = db.prepare<[string], WorkspaceRow>('SELECT * FROM workspaces WHERE id = ?');
  const list = db.prepare<[], WorkspaceRow>(
    'SELECT * FROM workspaces ORDER BY created_at, name COLLATE NOCASE',
  );
  const rename = db.prepare('UPDATE workspaces SET name = ? WHERE id = ?');
  return {
    async createWorkspace(input) {
      insert.run(input.id, input.name, input.createdAt);
      return { ...input };
    },
    async getWorkspace(id) {
      const row = get.get(id);
      return row && toWorkspace(row);
    },
    async listWorkspaces() {
      return list.all().map(toWorkspace);
    },
    async getSettings(id) {
      const row = db
        .prepare<[string], { settings: string }>(
          'SELECT settings FROM workspace_settings WHERE workspace_id = ?',
        )
        .get(id);
      return row ? (JSON.parse(row.settings) as unknown) : undefined;
    },
    async putSettings(id, settings) {
      db.prepare(
        `INSERT INTO workspace_settings (workspace_id, settings) VALUES (?, ?)
         ON CONFLICT (workspace_id) DO UPDATE SET settings = excluded.settings`,
      ).run(id, JSON.stringify(settings));
    },
    async renameWorkspace(id, name) {
      if (rename.run(name, id).changes === 0) return undefined;
      const row = get.get(id);
      return row && toWorkspace(row);
    },
  };
}

function sqliteDocuments(db: Database.Database): DocumentStore {
  const insert = db.prepare(
    'INSERT INTO documents (id, workspace_id, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const insertSnapshot = db.prepare(
    'INSERT INTO document_snapshots (document_id, state, up_to_seq) VALUES (?, ?, 0)',
  );
  const get = db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE id = ?');
  const binned = db.prepare<[string], { id: string }>(
    'SELECT id FROM documents WHERE deleted_at IS NOT NULL AND deleted_at < ?',
  );
  const erase = db.prepare('DELETE FROM documents WHERE id = ?');
  const create = db.transaction((record: Omit<DocumentRecord, 'deletedAt'>, state: Uint8Array) => {
    insert.run(record.id, record.workspaceId, record.title, record.createdAt, record.updatedAt);
    insertSnapshot.run(record.id, state);
  });
  const purge = db.transaction((cutoff: string) => {
    const ids = binned.all(cutoff).map((row) => row.id);
    for (const id of ids) erase.run(id);
    return ids;
  });
  return {
    async createDocument({ record, initialState }) {
      create(record, initialState);
      return { ...record, deletedAt: null };
    },
    async getDocument(id) {
      const row = get.get(id);
      return row && toDocument(row);
    },
    async listDocuments({ workspaceId, inBin }) {
      const where = [inBin ? 'deleted_at IS NOT NULL' : 'deleted_at IS NULL'];
      const params: string[] = [];
      if (workspaceId !== undefined) {
        where.push('workspace_id = ?');
        params.push(workspaceId);
      }
      const order = inBin ? 'deleted_at DESC' : 'updated_at DESC';
      const rows = db
        .prepare<string[], DocumentRow>(
          `SELECT * FROM documents WHERE ${where.join(' AND ')} ORDER BY ${order}, id`,
        )
        .all(...params);
      return rows.map(toDocument);
    },
    async updateDocument(id, change) {
      const sets = ['updated_at = @updatedAt'];
      if (change.title !== undefined) sets.push('title = @title');
      if (change.deletedAt !== undefined) sets.push('deleted_at = @deletedAt');
      const result = db
        .prepare(`UPDATE documents SET ${sets.join(', ')} WHERE id = @id`)
        .run({ id, updatedAt: change.updatedAt, title: change.title, deletedAt: change.deletedAt });
      if (result.changes === 0) return undefined;
      const row = get.get(id);
      return row && toDocument(row);
    },
    async purgeBin(cutoff) {
      return purge(cutoff);
    },
  };
}

function sqliteUpdateLog(db: Database.Database): UpdateLog {
  const append = db.prepare('INSERT INTO document_updates (document_id, data) VALUES (?, ?)');
  const snapshot = db.prepare<[string], { state: Buffer; up_to_seq: number }>(
    'SELECT state, up_to_seq FROM document_snapshots WHERE document_id = ?',
  );
  const tail = db.prepare<[string], { seq: number; data: Buffer }>(
    'SELECT seq, data FROM document_updates WHERE document_id = ? ORDER BY seq',
  );
  const upsertSnapshot = db.prepare(
    `INSERT INTO document_snapshots (document_id, state, up_to_seq) VALUES (?, ?, ?)
     ON CONFLICT (document_id) DO UPDATE SET state = excluded.state, up_to_seq = excluded.up_to_seq`,
  );
  const trim = db.prepare('DELETE FROM document_updates WHERE document_id = ? AND seq <= ?');

  const recordAuthor = db.prepare(
    `INSERT INTO document_client_authors (document_id, client_id, user_id) VALUES (?, ?, ?)
     ON CONFLICT DO NOTHING`,
  );
  const authorsOf = db.prepare<[string], { client_id: number; user_id: string }>(
    'SELECT client_id, user_id FROM document_client_authors WHERE document_id = ? ORDER BY client_id',
  );

  const appendAll = db.transaction((batch: readonly PendingUpdate[]) => {
    for (const { documentId, update, authors } of batch) {
      append.run(documentId, update);
      for (const { clientId, userId } of authors ?? []) {
        recordAuthor.run(documentId, clientId, userId);
      }
    }
  });
  const read = db.transaction((documentId: string): StoredDocumentState | undefined => {
    const snap = snapshot.get(documentId);
    const rows = tail.all(documentId);
    if (!snap && rows.length === 0) return undefined;
    const updates: Uint8Array[] = [];
    const refs: StoredUpdateRef[] = [];
    if (snap) {
      updates.push(snap.state);
      refs.push({ kind: 'snapshot' });
    }
    let logBytes = 0;
    for (const row of rows) {
      updates.push(row.data);
      refs.push({ kind: 'log', seq: row.seq });
      logBytes += row.data.byteLength;
    }
    return { updates, refs, logBytes };
  });
  // SQLite runs one writer at a time and this whole function is synchronous, so no other append
  // or compaction can slip in between the read and the trim.
  const compact = db.transaction((documentId: string, merge: MergeUpdates) => {
    const snap = snapshot.get(documentId);
    const rows = tail.all(documentId);
    const last = rows.at(-1);
    if (!last) return { mergedUpdates: 0 };
    const merged = merge([...(snap ? [snap.state] : []), ...rows.map((row) => row.data)]);
    upsertSnapshot.run(documentId, merged, last.seq);
    trim.run(documentId, last.seq);
    return { mergedUpdates: rows.length };
  });

  return {
    ...sqliteQuarantine(db),
    async appendUpdates(batch) {
      if (batch.length > 0) appendAll(batch);
    },
    async loadDocument(documentId) {
      return read(documentId);
    },
    async compact(documentId, merge) {
      return compact(documentId, merge);
    },
    async listClientAuthors(documentId) {
      return authorsOf
        .all(documentId)
        .map((row) => ({ clientId: row.client_id, userId: row.user_id }));
    },
  };
}
