// Document versions.
import type { Selectable } from 'kysely';
import type { Agreement, VersionKind, VersionRecord, VersionStore } from '../version-ports.ts';
import type { SqlStorage } from './connect.ts';
import type { DocumentVersionsTable } from './database.ts';
import { changed, fromJson, tieBreak, toJson } from './rows.ts';

const columns = [
  'id',
  'document_id',
  'name',
  'kind',
  'created_by',
  'created_at',
  'agreement',
] as const;

type VersionRow = Pick<Selectable<DocumentVersionsTable>, (typeof columns)[number]>;

const toVersion = (row: VersionRow): VersionRecord => ({
  id: row.id,
  documentId: row.document_id,
  name: row.name,
  kind: row.kind as VersionKind,
  createdBy: row.created_by,
  createdAt: row.created_at,
  agreement: fromJson<Agreement>(row.agreement),
});

export function sqlVersions({ db, dialect }: SqlStorage): VersionStore {
  return {
    async createVersion(v, state) {
      await db
        .insertInto('document_versions')
        .values({
          id: v.id,
          document_id: v.documentId,
          name: v.name,
          kind: v.kind,
          created_by: v.createdBy,
          created_at: v.createdAt,
          agreement: v.agreement && toJson(v.agreement),
          state,
        })
        .execute();
    },
    async listVersions(documentId) {
      const rows = await db
        .selectFrom('document_versions')
        .select(columns)
        .where('document_id', '=', documentId)
        .orderBy('created_at', 'desc')
        .orderBy(tieBreak(dialect), 'desc')
        .execute();
      return rows.map(toVersion);
    },
    async getVersion(id) {
      const row = await db
        .selectFrom('document_versions')
        .select(columns)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toVersion(row);
    },
    async getVersionState(id) {
      const row = await db
        .selectFrom('document_versions')
        .select('state')
        .where('id', '=', id)
        .executeTakeFirst();
      return row && new Uint8Array(row.state);
    },
    async markAgreed(id, agreement) {
      const result = await db
        .updateTable('document_versions')
        .set({ agreement: toJson(agreement) })
        .where('id', '=', id)
        .where('agreement', 'is', null)
        .executeTakeFirst();
      return changed(result) === 1;
    },
    async renameVersion(id, name) {
      const result = await db
        .updateTable('document_versions')
        .set({ name })
        .where('id', '=', id)
        .where('agreement', 'is', null)
        .executeTakeFirst();
      return changed(result) === 1;
    },
    async deleteVersion(id) {
      // Kept while agreed, or published for public comment (its report compares it with the
      // next version): checked in the one statement, so a publish cannot slip in between.
      const result = await db
        .deleteFrom('document_versions')
        .where('id', '=', id)
        .where('agreement', 'is', null)
        .where(({ not, exists, selectFrom }) =>
          not(exists(selectFrom('consultations').select('id').where('version_id', '=', id))),
        )
        .executeTakeFirst();
      return changed(result) === 1;
    },
  };
}
