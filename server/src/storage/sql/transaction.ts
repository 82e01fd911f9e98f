// One transaction on one connection: all of `work` is stored, or none of it. On SQLite the
// single connection is held for the whole of it, so no other query runs in between.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.ts';

export type SqlTransaction = Transaction<Database>;

export function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: SqlTransaction) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(work);
}
