// Document versions in Postgres.
import type pg from 'pg';
import type { Agreement, VersionKind, VersionRecord, VersionStore } from '../version-ports.ts';

interface VersionRow {
  id: string;
  document_id: string;
  name: string;
  kind: string;
  created_by: string | null;
  created_at: Date;
  agreement: Agreement | null;
}

const toVersion = (row: VersionRow): VersionRecord => ({
  id: row.id,
  documentId: row.document_id,
  name: row.name,
  kind: row.kind as VersionKind,
  createdBy: row.created_by,
  createdAt: row.created_at.toISOString(),
  agreement: row.agreement,
});

const columns = 'id, document_id, name, kind, created_by, created_at, agreement';

export function postgresVersions(pool: pg.Pool): VersionStore {
  return {
    async createVersion(v, state) {
      await pool.query(
        `INSERT INTO document_versions (${columns}, state) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          v.id,
          v.documentId,
          v.name,
          v.kind,
          v.createdBy,
          v.createdAt,
          v.agreement && JSON.stringify(v.agreement),
          Buffer.from(state),
        ],
      );
    },
    async listVersions(documentId) {
      const { rows } = await pool.query<VersionRow>(
        `SELECT ${columns} FROM document_versions WHERE document_id = $1 ORDER BY created_at DESC, id DESC`,
        [documentId],
      );
      return rows.map(toVersion);
    },
    async getVersion(id) {
      const { rows } = await pool.query<VersionRow>(
        `SELECT ${columns} FROM document_versions WHERE id = $1`,
        [id],
      );
      return rows[0] && toVersion(rows[0]);
    },
    async getVersionState(id) {
      const { rows } = await pool.query<{ state: Buffer }>(
        'SELECT state FROM document_versions WHERE id = $1',
        [id],
      );
      return rows[0] && new Uint8Array(rows[0].state);
    },
    async markAgreed(id, agreement) {
      const result = await pool.query(
        'UPDATE document_versions SET agreement = $2 WHERE id = $1 AND agreement IS NULL',
        [id, JSON.stringify(agreement)],
      );
      return result.rowCount === 1;
    },
    async renameVersion(id, name) {
      const result = await pool.query(
        'UPDATE document_versions SET name = $2 WHERE id = $1 AND agreement IS NULL',
        [id, name],
      );
      return result.rowCount === 1;
    },
    async deleteVersion(id) {
      const result = await pool.query(
        'DELETE FROM document_versions WHERE id = $1 AND agreement IS NULL',
        [id],
      );
      return result.rowCount === 1;
    },
  };
}
