// Document versions in SQLite.
import type Database from 'better-sqlite3';
import type { Agreement, VersionKind, VersionRecord, VersionStore } from '../version-ports.ts';

interface VersionRow {
  id: string;
  document_id: string;
  name: string;
  kind: string;
  created_by: string | null;
  created_at: string;
  agreement: string | null;
}

const toVersion = (row: VersionRow): VersionRecord => ({
  id: row.id,
  documentId: row.document_id,
  name: row.name,
  kind: row.kind as VersionKind,
  createdBy: row.created_by,
  createdAt: row.created_at,
  agreement: row.agreement === null ? null : (JSON.parse(row.agreement) as Agreement),
});

const columns = 'id, document_id, name, kind, created_by, created_at, agreement';

export function sqliteVersions(db: Database.Database): VersionStore {
  return {
    async createVersion(v, state) {
      db.prepare(
        `INSERT INTO document_versions (${columns}, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        v.id,
        v.documentId,
        v.name,
        v.kind,
        v.createdBy,
        v.createdAt,
        v.agreement && JSON.stringify(v.agreement),
        state,
      );
    },
    async listVersions(documentId) {
      return db
        .prepare<[string], VersionRow>(
          `SELECT ${columns} FROM document_versions WHERE document_id = ? ORDER BY created_at DESC, rowid DESC`,
        )
        .all(documentId)
        .map(toVersion);
    },
    async getVersion(id) {
      const row = db
        .prepare<[string], VersionRow>(`SELECT ${columns} FROM document_versions WHERE id = ?`)
        .get(id);
      return row && toVersion(row);
    },
    async getVersionState(id) {
      const row = db
        .prepare<[string], { state: Buffer }>('SELECT state FROM document_versions WHERE id = ?')
        .get(id);
      return row && new Uint8Array(row.state);
    },
    async markAgreed(id, agreement) {
      return (
        db
          .prepare('UPDATE document_versions SET agreement = ? WHERE id = ? AND agreement IS NULL')
          .run(JSON.stringify(agreement), id).changes === 1
      );
    },
    async renameVersion(id, name) {
      return (
        db
          .prepare('UPDATE document_versions SET name = ? WHERE id = ? AND agreement IS NULL')
          .run(name, id).changes === 1
      );
    },
    async deleteVersion(id) {
      return (
        db.prepare('DELETE FROM document_versions WHERE id = ? AND agreement IS NULL').run(id)
          .changes === 1
      );
    },
  };
}
