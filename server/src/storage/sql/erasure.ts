// Erasing a person in either database (see erasure-ports.ts). Which columns hold a person's id,
// and which JSON may name them, is listed here once; personal-data-map.ts lists the same
// columns for people, and erasure-contract.ts checks that nothing of the person is left.
import { sql } from 'kysely';
import type { ErasureRecord, ErasureStore, ReplacePerson } from '../erasure-ports.ts';
import type { SqlStorage } from './connect.ts';
import type { SqlTransaction } from './transaction.ts';
import { inTransaction } from './transaction.ts';
import { eraseBookings } from './erase-bookings.ts';
import { deleteJoinRequestsOf } from './join-requests.ts';
import { toUserRow } from './people.ts';

/** Columns holding one person id; each is made to hold the pseudonym's. */
const PERSON_COLUMNS: ReadonlyArray<readonly [table: string, column: string]> = [
  ['invites', 'created_by'],
  ['one_time_links', 'created_by'],
  ['audit_log', 'actor_id'],
  ['audit_log', 'subject'],
  ['comment_threads', 'created_by'],
  ['comment_threads', 'resolved_by'],
  ['comments', 'author_id'],
  ['suggestion_decisions', 'suggested_by'],
  ['version_proposals', 'proposed_by'],
  ['version_proposals', 'withdrawn_by'],
  ['version_proposal_responses', 'user_id'],
  ['document_versions', 'created_by'],
  ['document_client_authors', 'user_id'],
  ['easy_read_rounds', 'started_by'],
  ['easy_read_answers', 'user_id'],
  ['hard_words', 'added_by'],
  ['workspace_pictures', 'uploaded_by'],
  ['notices', 'updated_by'],
  ['consultations', 'created_by'],
  ['consultation_comments', 'moderated_by'],
  ['consultation_comments', 'outcome_by'],
];

/** JSON columns that may name a person (ids, names), with the key of their rows. */
const JSON_COLUMNS: ReadonlyArray<readonly [table: string, column: string, key: string]> = [
  ['meetings', 'state', 'id'],
  ['suggestion_decisions', 'how', 'id'],
  ['audit_log', 'details', 'id'],
  ['version_proposals', 'outcome', 'id'],
  ['document_versions', 'agreement', 'id'],
];

/** Tables an erasure rewrites, vacuumed afterwards on Postgres. */
const TOUCHED = [
  ...new Set([...PERSON_COLUMNS, ...JSON_COLUMNS].map(([table]) => table)),
  'users',
  'document_snapshots',
  'document_updates',
  'document_quarantine',
  'event_bookings',
  'join_requests',
  'outbox_mails',
];

async function rewriteJsonColumns(trx: SqlTransaction, input: ReplacePerson): Promise<void> {
  // As written in JSON text too: a name with a quote or a backslash is stored escaped.
  const forms = [...new Set(input.needles.flatMap((n) => [n, JSON.stringify(n).slice(1, -1)]))];
  for (const [table, column, key] of JSON_COLUMNS) {
    const matches = forms.map(
      (needle) => sql<boolean>`CAST(${sql.ref(column)} AS TEXT) LIKE ${`%${needle}%`}`,
    );
    const { rows } = await sql<{ key: string | number; value: string | null }>`
      SELECT ${sql.ref(key)} AS key, CAST(${sql.ref(column)} AS TEXT) AS value
      FROM ${sql.table(table)} WHERE ${sql.join(matches, sql` OR `)}`.execute(trx);
    for (const row of rows) {
      if (row.value === null) continue;
      const before: unknown = JSON.parse(row.value);
      const after = input.rewriteJson(before);
      if (after === before) continue;
      // A live meeting holding the old state finds its version stale and reloads.
      const bump = table === 'meetings' ? sql`, version = version + 1` : sql``;
      await sql`UPDATE ${sql.table(table)} SET ${sql.ref(column)} = ${JSON.stringify(after)} ${bump}
        WHERE ${sql.ref(key)} = ${row.key}`.execute(trx);
    }
  }
}

/** Their comments where the workspace says so: words gone, shown as deleted (as eraseAuthor). */
async function deleteComments(trx: SqlTransaction, input: ReplacePerson): Promise<void> {
  const { commentsDeletedIn } = input.record.options;
  if (commentsDeletedIn.length === 0) return;
  await trx
    .updateTable('comments')
    .set((eb) => ({
      body: '',
      deleted_at: eb.fn.coalesce('deleted_at', eb.val(input.record.erasedAt)),
    }))
    .where('author_id', '=', input.personId)
    .where('thread_id', 'in', (eb) =>
      eb
        .selectFrom('comment_threads')
        .innerJoin('documents', 'documents.id', 'comment_threads.document_id')
        .select('comment_threads.id')
        .where('documents.workspace_id', 'in', commentsDeletedIn),
    )
    .execute();
}

async function dropQuarantined(trx: SqlTransaction, needles: string[]): Promise<void> {
  const rows = await trx.selectFrom('document_quarantine').select(['id', 'data']).execute();
  const found = rows.filter((row) =>
    needles.some((needle) => Buffer.from(row.data).includes(Buffer.from(needle, 'utf8'))),
  );
  if (found.length === 0) return;
  await trx
    .deleteFrom('document_quarantine')
    .where(
      'id',
      'in',
      found.map((row) => row.id),
    )
    .execute();
}

const toRecord = (row: {
  number: number;
  reference: string;
  pseudonym_id: string;
  erased_at: string;
  options: string;
}): ErasureRecord => ({
  number: Number(row.number),
  reference: row.reference,
  pseudonymId: row.pseudonym_id,
  erasedAt: row.erased_at,
  options: JSON.parse(row.options) as ErasureRecord['options'],
});

export function sqlErasure(storage: SqlStorage): ErasureStore {
  const { db, dialect } = storage;
  return {
    async listErasures() {
      const rows = await db.selectFrom('erasures').selectAll().orderBy('number').execute();
      return rows.map(toRecord);
    },
    async nextNumber() {
      const row = await db
        .selectFrom('erasures')
        .select((eb) => eb.fn.max('number').as('last'))
        .executeTakeFirst();
      return Number(row?.last ?? 0) + 1;
    },
    async listPersonIds() {
      const rows = await db.selectFrom('users').select('id').execute();
      return rows.map((row) => row.id);
    },
    async replacePerson(input) {
      const { personId, pseudonym, record } = input;
      return inTransaction(db, async (trx) => {
        const person = await trx
          .selectFrom('users')
          .select(['id', 'email'])
          .where('id', '=', personId)
          .executeTakeFirst();
        if (!person) return undefined;
        await trx.insertInto('users').values(toUserRow(pseudonym)).execute();
        await deleteComments(trx, input);
        for (const [table, column] of PERSON_COLUMNS) {
          await sql`UPDATE ${sql.table(table)} SET ${sql.ref(column)} = ${pseudonym.id}
            WHERE ${sql.ref(column)} = ${personId}`.execute(trx);
        }
        await rewriteJsonColumns(trx, input);
        await dropQuarantined(trx, input.needles);
        const movedUp = await eraseBookings(trx, dialect, person, record.erasedAt);
        await deleteJoinRequestsOf(trx, personId);
        // Memberships, removals, sessions, links and tokens go with the row (ON DELETE CASCADE).
        await trx.deleteFrom('users').where('id', '=', personId).execute();
        await trx
          .insertInto('erasures')
          .values({
            number: record.number,
            reference: record.reference,
            pseudonym_id: record.pseudonymId,
            erased_at: record.erasedAt,
            options: JSON.stringify(record.options),
          })
          .execute();
        return { movedUp };
      });
    },
    async replaceVersionState(versionId, state) {
      await db
        .updateTable('document_versions')
        .set({ state })
        .where('id', '=', versionId)
        .execute();
    },
    async reclaimSpace() {
      if (dialect === 'sqlite') {
        await sql`VACUUM`.execute(db);
        await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
        return;
      }
      await sql`VACUUM ${sql.join(TOUCHED.map((table) => sql.table(table)))}`.execute(db);
    },
  };
}
