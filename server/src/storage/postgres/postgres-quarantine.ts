// The quarantine of stored updates that fail to apply (Postgres): moving one aside in one
// statement, and listing them for an operator to inspect.
import type pg from 'pg';
import type { QuarantinedUpdate, UpdateLog } from '../ports.ts';

interface QuarantineRow {
  document_id: string;
  source: 'snapshot' | 'log';
  seq: string | null;
  data: Buffer;
  error: string;
  quarantined_at: Date;
}

export function postgresQuarantine(
  pool: pg.Pool,
): Pick<UpdateLog, 'quarantine' | 'listQuarantined'> {
  return {
    async quarantine(documentId, ref, { error, at }) {
      // One statement is one transaction: the row is either still in the log or quarantined.
      const result =
        ref.kind === 'log'
          ? await pool.query(
              `WITH moved AS (
                 DELETE FROM document_updates WHERE document_id = $1 AND seq = $2
                 RETURNING document_id, seq, data
               )
               INSERT INTO document_quarantine (document_id, source, seq, data, error, quarantined_at)
               SELECT document_id, 'log', seq, data, $3, $4 FROM moved`,
              [documentId, ref.seq, error, at],
            )
          : await pool.query(
              `WITH moved AS (
                 DELETE FROM document_snapshots WHERE document_id = $1
                 RETURNING document_id, state
               )
               INSERT INTO document_quarantine (document_id, source, seq, data, error, quarantined_at)
               SELECT document_id, 'snapshot', NULL, state, $2, $3 FROM moved`,
              [documentId, error, at],
            );
      return (result.rowCount ?? 0) > 0;
    },
    async listQuarantined(documentId) {
      const { rows } = await pool.query<QuarantineRow>(
        documentId === undefined
          ? 'SELECT * FROM document_quarantine ORDER BY id'
          : 'SELECT * FROM document_quarantine WHERE document_id = $1 ORDER BY id',
        documentId === undefined ? [] : [documentId],
      );
      return rows.map((row): QuarantinedUpdate => ({
        documentId: row.document_id,
        ref: row.source === 'log' ? { kind: 'log', seq: Number(row.seq) } : { kind: 'snapshot' },
        data: new Uint8Array(row.data),
        error: row.error,
        quarantinedAt: row.quarantined_at.toISOString(),
      }));
    },
  };
}
