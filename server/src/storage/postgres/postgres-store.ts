// The Postgres store (pg), chosen when DATABASE_URL is set, so several processes can share one
// deployment. Same port and contract suite as the SQLite store.
import type pg from 'pg';
import type {
  DocumentRecord,
  DocumentStore,
  Store,
  StoredUpdateRef,
  UpdateLog,
  WorkspaceRecord,
  WorkspaceStore,
} from '../ports.ts';
import { inTransaction } from './in-transaction.ts';
import { openPostgres, type PostgresOptions } from '../sql/connect.ts';
import { sqlIdentity } from '../sql/identity.ts';
import { postgresMeetings } from './postgres-meetings.ts';
import { postgresProposals } from './postgres-proposals.ts';
import { postgresSuggestions } from './postgres-suggestions.ts';
import { postgresVersions } from './postgres-versions.ts';
import { postgresComments } from './postgres-comments.ts';
import { postgresQuarantine } from './postgres-quarantine.ts';

export type PostgresStoreOptions = PostgresOptions;

interface DocumentRow {
  id: string;
  workspace_id: string;
  title: string;
  created_at: Date;
  updated_at: Date;
  deleted_at: Date | null;
}

const toDocument = (row: DocumentRow): DocumentRecord => ({
  id: row.id,
  workspaceId: row.workspace_id,
  title: row.title,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
  deletedAt: row.deleted_at?.toISOString() ?? null,
});

const toWorkspace = (row: { id: string; name: string; created_at: Date }): WorkspaceRecord => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at.toISOString(),
});

export async function openPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const storage = await openPostgres(options);
  const { pool } = storage;
  return {
    kind: 'postgres',
    identity: sqlIdentity(storage),
    meetings: postgresMeetings(pool),
    versions: postgresVersions(pool),
    proposals: postgresProposals(pool),
    suggestions: postgresSuggestions(pool),
    comments: postgresComments(pool),
    workspaces: postgresWorkspaces(pool),
    documents: postgresDocuments(pool),
    updates: postgresUpdateLog(pool),
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      await storage.db.destroy();
      if (!pool.ended) await pool.end();
    },
  };
}

function postgresWorkspaces(pool: pg.Pool): WorkspaceStore {
  return {
    async createWorkspace(input) {
      await pool.query('INSERT INTO workspaces (id, name, created_at) VALUES ($1, $2, $3)', [
        input.id,
        input.name,
        input.createdAt,
      ]);
      return { ...input };
    },
    async getWorkspace(id) {
      const { rows } = await pool.query('SELECT * FROM workspaces WHERE id = $1', [id]);
      return rows[0] && toWorkspace(rows[0]);
    },
    async listWorkspaces() {
      const { rows } = await pool.query(
        'SELECT * FROM workspaces ORDER BY created_at, lower(name)',
      );
      return rows.map(toWorkspace);
    },
    async getSettings(id) {
      const { rows } = await pool.query<{ settings: unknown }>(
        'SELECT settings FROM workspace_settings WHERE workspace_id = $1',
        [id],
      );
      return rows[0]?.settings;
    },
    async putSettings(id, settings) {
      await pool.query(
        `INSERT INTO workspace_settings (workspace_id, settings) VALUES ($1, $2)
         ON CONFLICT (workspace_id) DO UPDATE SET settings = excluded.settings`,
        [id, JSON.stringify(settings)],
      );
    },
    async renameWorkspace(id, name) {
      const { rows } = await pool.query(
        'UPDATE workspaces SET name = $2 WHERE id = $1 RETURNING *',
        [id, name],
      );
      return rows[0] && toWorkspace(rows[0]);
    },
  };
}

function postgresDocuments(pool: pg.Pool): DocumentStore {
  return {
    async createDocument({ record, initialState }) {
      await inTransaction(pool, async (client) => {
        await client.query(
          'INSERT INTO documents (id, workspace_id, title, created_at, updated_at) VALUES ($1, $2, $3, $4, $5)',
          [record.id, record.workspaceId, record.title, record.createdAt, record.updatedAt],
        );
        await client.query(
          'INSERT INTO document_snapshots (document_id, state, up_to_seq) VALUES ($1, $2, 0)',
          [record.id, Buffer.from(initialState)],
        );
      });
      return { ...record, deletedAt: null };
    },
    async getDocument(id) {
      const { rows } = await pool.query<DocumentRow>('SELECT * FROM documents WHERE id = $1', [id]);
      return rows[0] && toDocument(rows[0]);
    },
    async listDocuments({ workspaceId, inBin }) {
      const { rows } = await pool.query<DocumentRow>(
        `SELECT * FROM documents
         WHERE (deleted_at IS NOT NULL) = $1 AND ($2::text IS NULL OR workspace_id = $2)
         ORDER BY ${inBin ? 'deleted_at' : 'updated_at'} DESC, id`,
        [inBin, workspaceId ?? null],
      );
      return rows.map(toDocument);
    },
    async updateDocument(id, change) {
      const { rows } = await pool.query<DocumentRow>(
        `UPDATE documents SET
           updated_at = $2,
           title = CASE WHEN $3::boolean THEN $4 ELSE title END,
           deleted_at = CASE WHEN $5::boolean THEN $6::timestamptz ELSE deleted_at END
         WHERE id = $1 RETURNING *`,
        [
          id,
          change.updatedAt,
          change.title !== undefined,
          change.title ?? null,
          change.deletedAt !== undefined,
          change.deletedAt ?? null,
        ],
      );
      return rows[0] && toDocument(rows[0]);
    },
    async purgeBin(cutoff) {
      const { rows } = await pool.query<{ id: string }>(
        'DELETE FROM documents WHERE deleted_at IS NOT NULL AND deleted_at < $1 RETURNING id',
        [cutoff],
      );
      return rows.map((row) => row.id);
    },
  };
}

function postgresUpdateLog(pool: pg.Pool): UpdateLog {
  return {
    ...postgresQuarantine(pool),
    async appendUpdates(batch) {
      if (batch.length === 0) return;
      const authors = batch.flatMap(({ documentId, authors: sent }) =>
        (sent ?? []).map((author) => ({ documentId, ...author })),
      );
      // One statement is one transaction: the whole batch is stored, or none of it.
      await pool.query(
        `WITH stored AS (
           INSERT INTO document_updates (document_id, data)
           SELECT * FROM unnest($1::text[], $2::bytea[])
         )
         INSERT INTO document_client_authors (document_id, client_id, user_id)
         SELECT * FROM unnest($3::text[], $4::bigint[], $5::text[])
         ON CONFLICT DO NOTHING`,
        [
          batch.map((item) => item.documentId),
          batch.map((item) => Buffer.from(item.update)),
          authors.map((author) => author.documentId),
          authors.map((author) => author.clientId),
          authors.map((author) => author.userId),
        ],
      );
    },
    async loadDocument(documentId) {
      // One statement, one snapshot of the data: the snapshot and the log rows agree.
      const { rows } = await pool.query<{ kind: number; data: Buffer; seq: string }>(
        `SELECT 0 AS kind, state AS data, 0::bigint AS seq FROM document_snapshots WHERE document_id = $1
         UNION ALL
         SELECT 1 AS kind, data, seq FROM document_updates WHERE document_id = $1
         ORDER BY kind, seq`,
        [documentId],
      );
      if (rows.length === 0) return undefined;
      let logBytes = 0;
      for (const row of rows) if (row.kind === 1) logBytes += row.data.byteLength;
      return {
        updates: rows.map((row) => row.data),
        refs: rows.map((row): StoredUpdateRef =>
          row.kind === 0 ? { kind: 'snapshot' } : { kind: 'log', seq: Number(row.seq) },
        ),
        logBytes,
      };
    },
    async listClientAuthors(documentId) {
      const { rows } = await pool.query<{ client_id: string; user_id: string }>(
        'SELECT client_id, user_id FROM document_client_authors WHERE document_id = $1 ORDER BY client_id',
        [documentId],
      );
      return rows.map((row) => ({ clientId: Number(row.client_id), userId: row.user_id }));
    },
    async compact(documentId, merge) {
      return inTransaction(pool, async (client) => {
        // Two processes compacting one document take turns; the second reads the first's result.
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [documentId]);
        const snapshot = await client.query<{ state: Buffer }>(
          'SELECT state FROM document_snapshots WHERE document_id = $1',
          [documentId],
        );
        const log = await client.query<{ seq: string; data: Buffer }>(
          'SELECT seq, data FROM document_updates WHERE document_id = $1 ORDER BY seq',
          [documentId],
        );
        const last = log.rows.at(-1);
        if (!last) return { mergedUpdates: 0 };
        const merged = merge([
          ...snapshot.rows.map((row) => row.state),
          ...log.rows.map((row) => row.data),
        ]);
        await client.query(
          `INSERT INTO document_snapshots (document_id, state, up_to_seq) VALUES ($1, $2, $3)
           ON CONFLICT (document_id) DO UPDATE SET state = excluded.state, up_to_seq = excluded.up_to_seq`,
          [documentId, Buffer.from(merged), last.seq],
        );
        // Exactly the rows merged: a row committed meanwhile with a lower seq stays in the log.
        await client.query('DELETE FROM document_updates WHERE seq = ANY($1::bigint[])', [
          log.rows.map((row) => row.seq),
        ]);
        return { mergedUpdates: log.rows.length };
      });
    },
  };
}
