// The quarantine of stored updates that fail to apply (SQLite): moving one aside, in one
// transaction, and listing them for an operator to inspect.
import type Database from 'better-sqlite3';
import type { QuarantinedUpdate, StoredUpdateRef, UpdateLog } from '../ports.ts';

interface QuarantineRow {
  document_id: string;
  source: 'snapshot' | 'log';
  seq: number | null;
  data: Buffer;
  error: string;
  quarantined_at: string;
}

export function sqliteQuarantine(
  db: Database.Database,
): Pick<UpdateLog, 'quarantine' | 'listQuarantined'> {
  const insert = db.prepare(
    `INSERT INTO document_quarantine (document_id, source, seq, data, error, quarantined_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const logRow = db.prepare<[string, number], { data: Buffer }>(
    'SELECT data FROM document_updates WHERE document_id = ? AND seq = ?',
  );
  const deleteLogRow = db.prepare('DELETE FROM document_updates WHERE document_id = ? AND seq = ?');
  const snapshotRow = db.prepare<[string], { state: Buffer }>(
    'SELECT state FROM document_snapshots WHERE document_id = ?',
  );
  const deleteSnapshot = db.prepare('DELETE FROM document_snapshots WHERE document_id = ?');
  const listAll = db.prepare<[], QuarantineRow>('SELECT * FROM document_quarantine ORDER BY id');
  const listOne = db.prepare<[string], QuarantineRow>(
    'SELECT * FROM document_quarantine WHERE document_id = ? ORDER BY id',
  );

  const move = db.transaction(
    (documentId: string, ref: StoredUpdateRef, error: string, at: string): boolean => {
      if (ref.kind === 'log') {
        const row = logRow.get(documentId, ref.seq);
        if (!row) return false;
        insert.run(documentId, 'log', ref.seq, row.data, error, at);
        deleteLogRow.run(documentId, ref.seq);
        return true;
      }
      const row = snapshotRow.get(documentId);
      if (!row) return false;
      insert.run(documentId, 'snapshot', null, row.state, error, at);
      deleteSnapshot.run(documentId);
      return true;
    },
  );

  return {
    async quarantine(documentId, ref, { error, at }) {
      return move(documentId, ref, error, at);
    },
    async listQuarantined(documentId) {
      const rows = documentId === undefined ? listAll.all() : listOne.all(documentId);
      return rows.map((row): QuarantinedUpdate => ({
        documentId: row.document_id,
        ref: row.source === 'log' ? { kind: 'log', seq: Number(row.seq) } : { kind: 'snapshot' },
        data: new Uint8Array(row.data),
        error: row.error,
        quarantinedAt: row.quarantined_at,
      }));
    },
  };
}
