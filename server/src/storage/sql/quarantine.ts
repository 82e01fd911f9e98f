// The quarantine of stored updates that fail to apply: moving one aside in one transaction, and
// listing them for an operator to inspect. Deleting first (DELETE … RETURNING) makes two
// processes moving the same update take turns: the second finds it gone and reports false.
import type { QuarantinedUpdate, UpdateLog } from '../ports.ts';
import type { SqlStorage } from './connect.ts';
import { inTransaction } from './transaction.ts';

export function sqlQuarantine({
  db,
}: SqlStorage): Pick<UpdateLog, 'quarantine' | 'listQuarantined'> {
  return {
    async quarantine(documentId, ref, { error, at }) {
      return inTransaction(db, async (trx) => {
        const moved =
          ref.kind === 'log'
            ? await trx
                .deleteFrom('document_updates')
                .where('document_id', '=', documentId)
                .where('seq', '=', ref.seq)
                .returning(['seq', 'data'])
                .executeTakeFirst()
            : await trx
                .deleteFrom('document_snapshots')
                .where('document_id', '=', documentId)
                .returning(['state as data'])
                .executeTakeFirst()
                .then((row) => row && { seq: null, data: row.data });
        if (!moved) return false;
        await trx
          .insertInto('document_quarantine')
          .values({
            document_id: documentId,
            source: ref.kind,
            seq: moved.seq,
            data: moved.data,
            error,
            quarantined_at: at,
          })
          .execute();
        return true;
      });
    },
    async listQuarantined(documentId) {
      const rows = await db
        .selectFrom('document_quarantine')
        .selectAll()
        .$if(documentId !== undefined, (qb) => qb.where('document_id', '=', documentId!))
        .orderBy('id')
        .execute();
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
