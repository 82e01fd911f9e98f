// The document update log: appends, loads (snapshot then tail), compaction, and who each Yjs
// client id belongs to. Appending and loading are the hot path: each is one statement where it
// can be (one round trip on Postgres).
import { sql, type QueryCreator } from 'kysely';
import type { ClientAuthor, MergeUpdates, StoredUpdateRef, UpdateLog } from '../ports.ts';
import type { SqlStorage } from './connect.ts';
import type { Database } from './database.ts';
import { sqlQuarantine } from './quarantine.ts';
import { insertOnceCompiled } from './insert-once-compiled.ts';
import { inTransaction } from './transaction.ts';

/** Rows per INSERT, well inside both databases' limits on bound parameters. */
const ROWS_PER_STATEMENT = 1000;
/** Compactions overtaken by others in a row before one gives up (the log keeps everything). */
const COMPACT_ATTEMPTS = 3;

type UpdateRow = { document_id: string; data: Uint8Array };
type AuthorRow = { document_id: string; client_id: number; user_id: string };

const insertUpdates = (db: QueryCreator<Database>, rows: readonly UpdateRow[]) =>
  db.insertInto('document_updates').values(rows);

const insertAuthors = (db: QueryCreator<Database>, rows: AuthorRow[]) =>
  db
    .insertInto('document_client_authors')
    .values(rows)
    .onConflict((oc) => oc.doNothing());

function chunks<T>(rows: T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT)
    result.push(rows.slice(i, i + ROWS_PER_STATEMENT));
  return result;
}

type SnapshotRow = { state: Uint8Array; up_to_seq: number };

const snapshotOf = (db: QueryCreator<Database>, documentId: string) =>
  db
    .selectFrom('document_snapshots')
    .select(['state', 'up_to_seq'])
    .where('document_id', '=', documentId)
    .executeTakeFirst();

/** The same snapshot: a compaction that rewrites it without a log keeps its seq, not its bytes. */
function sameSnapshot(read: SnapshotRow | undefined, now: SnapshotRow | undefined): boolean {
  if (!read || !now) return read === now;
  const bytes = (array: Uint8Array) =>
    Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  return (
    Number(read.up_to_seq) === Number(now.up_to_seq) && bytes(read.state).equals(bytes(now.state))
  );
}

export function sqlUpdateLog(storage: SqlStorage): UpdateLog {
  const { db, dialect } = storage;
  const appendOnly = insertOnceCompiled(
    db,
    (rows: readonly UpdateRow[]) => insertUpdates(db, rows),
    (row) => [row.document_id, row.data],
  );
  /** One read, merge and write; undefined when another compaction wrote meanwhile. */
  async function compactOnce(
    documentId: string,
    merge: MergeUpdates,
    options: { evenWithoutLog?: boolean } | undefined,
  ): Promise<{ mergedUpdates: number } | undefined> {
    // Merged outside any transaction (a long draft's merge takes seconds, in a worker thread),
    // then written only if the snapshot is still the one merged from.
    const { snapshot, log } = await inTransaction(db, async (trx) => ({
      snapshot: await snapshotOf(trx, documentId),
      log: await trx
        .selectFrom('document_updates')
        .select(['seq', 'data'])
        .where('document_id', '=', documentId)
        .orderBy('seq')
        .execute(),
    }));
    const last = log.at(-1) ?? (options?.evenWithoutLog && snapshot);
    if (!last) return { mergedUpdates: 0 };
    const upToSeq = 'seq' in last ? last.seq : last.up_to_seq;
    const result = await merge([
      ...(snapshot ? [snapshot.state] : []),
      ...log.map((row) => row.data),
    ]);
    const merged = result instanceof Uint8Array ? { state: result, checked: false } : result;
    return inTransaction(db, async (trx) => {
      // Two Postgres processes compacting one document take turns; the second sees the
      // first's snapshot and merges again. SQLite's one connection runs one transaction at a time.
      if (dialect === 'postgres') {
        await sql`SELECT pg_advisory_xact_lock(hashtext(${documentId}))`.execute(trx);
      }
      if (!sameSnapshot(snapshot, await snapshotOf(trx, documentId))) return undefined;
      await trx
        .insertInto('document_snapshots')
        .values({
          document_id: documentId,
          state: merged.state,
          up_to_seq: upToSeq,
          checked: merged.checked ? 1 : 0,
        })
        .onConflict((oc) =>
          oc.column('document_id').doUpdateSet((eb) => ({
            state: eb.ref('excluded.state'),
            up_to_seq: eb.ref('excluded.up_to_seq'),
            checked: eb.ref('excluded.checked'),
          })),
        )
        .execute();
      // Exactly the rows merged. On Postgres a row committed meanwhile may have a lower seq
      // and must stay in the log; SQLite commits in seq order, so the range is exact there.
      await trx
        .deleteFrom('document_updates')
        .where('document_id', '=', documentId)
        .$if(dialect === 'postgres', (qb) =>
          qb.where(sql<boolean>`seq = ANY(${log.map((row) => row.seq)}::bigint[])`),
        )
        .$if(dialect === 'sqlite', (qb) => qb.where('seq', '<=', upToSeq))
        .execute();
      return { mergedUpdates: log.length };
    });
  }

  return {
    ...sqlQuarantine(storage),
    async appendUpdates(batch) {
      if (batch.length === 0) return;
      const updates = batch.map((item) => ({ document_id: item.documentId, data: item.update }));
      const authors = batch.flatMap(({ documentId, authors: sent }) =>
        (sent ?? []).map((author) => ({
          document_id: documentId,
          client_id: author.clientId,
          user_id: author.userId,
        })),
      );
      // One statement is one transaction: the whole batch is stored, or none of it. Postgres
      // can write both tables in one (a data-modifying WITH); SQLite cannot.
      const small = updates.length <= ROWS_PER_STATEMENT && authors.length <= ROWS_PER_STATEMENT;
      if (small && authors.length === 0) {
        await appendOnly.execute(updates);
      } else if (small && dialect === 'postgres') {
        // The WITH only adds a name ("stored") that the authors' insert does not use.
        const withStored = db.with('stored', (qc) => insertUpdates(qc, updates));
        await insertAuthors(withStored as unknown as QueryCreator<Database>, authors).execute();
      } else {
        await inTransaction(db, async (trx) => {
          for (const rows of chunks(updates)) await insertUpdates(trx, rows).execute();
          for (const rows of chunks(authors)) await insertAuthors(trx, rows).execute();
        });
      }
    },
    async loadDocument(documentId) {
      // One statement, one snapshot of the data: the snapshot and the log rows agree.
      const rows = await db
        .selectFrom('document_snapshots')
        .select([
          sql<number>`0`.as('kind'),
          'state as data',
          sql<number>`0`.as('seq'),
          sql<number>`CASE WHEN checked THEN 1 ELSE 0 END`.as('checked'),
        ])
        .where('document_id', '=', documentId)
        .unionAll(
          db
            .selectFrom('document_updates')
            .select([sql<number>`1`.as('kind'), 'data', 'seq', sql<number>`0`.as('checked')])
            .where('document_id', '=', documentId),
        )
        // Log seqs start at 1, so ordering by seq alone puts the snapshot (0) first, and SQLite
        // reads the log in index order instead of sorting it.
        .orderBy('seq')
        .execute();
      if (rows.length === 0) return undefined;
      let logBytes = 0;
      for (const row of rows) if (row.kind === 1) logBytes += row.data.byteLength;
      return {
        updates: rows.map((row) => row.data),
        refs: rows.map((row): StoredUpdateRef =>
          row.kind === 0 ? { kind: 'snapshot' } : { kind: 'log', seq: row.seq },
        ),
        logBytes,
        snapshotChecked: rows[0]?.kind === 0 && rows[0].checked === 1,
      };
    },
    async listClientAuthors(documentId) {
      const rows = await db
        .selectFrom('document_client_authors')
        .select(['client_id', 'user_id'])
        .where('document_id', '=', documentId)
        .orderBy('client_id')
        .execute();
      return rows.map((row): ClientAuthor => ({ clientId: row.client_id, userId: row.user_id }));
    },
    async compact(documentId, merge, options) {
      // Overtaken means another compaction wrote meanwhile: merging again takes in what it
      // wrote, so an erasure's compaction still drops what the erasure deleted.
      for (let attempt = 1; attempt <= COMPACT_ATTEMPTS; attempt++) {
        const compacted = await compactOnce(documentId, merge, options);
        if (compacted) return compacted;
      }
      throw new Error(`compacting ${documentId} was overtaken ${COMPACT_ATTEMPTS} times`);
    },
  };
}
