// Public consultations and their comments, for both databases. A comment is added in one
// transaction that first locks the consultation's row on Postgres (SQLite's one connection runs
// one transaction at a time), so the count of comments holds when the write lands.
import type { Selectable } from 'kysely';
import type { CommentOutcome, CommentState } from '@roundtable/shared/protocol/consultations';
import type {
  ConsultationCommentRecord,
  ConsultationRecord,
  ConsultationStore,
} from '../consultation-ports.ts';
import type { SqlStorage } from './connect.ts';
import type { ConsultationCommentsTable, ConsultationsTable } from './database-consultations.ts';
import { changed, fromJson, tieBreak, toJson } from './rows.ts';
import { inTransaction } from './transaction.ts';

const toConsultation = (row: Selectable<ConsultationsTable>): ConsultationRecord => ({
  id: row.id,
  workspaceId: row.workspace_id,
  documentId: row.document_id,
  versionId: row.version_id,
  title: row.title,
  introduction: row.introduction,
  blocks: fromJson(row.blocks),
  easyRead: fromJson(row.easy_read),
  closesAt: row.closes_at,
  closedAt: row.closed_at,
  createdBy: row.created_by,
  createdAt: row.created_at,
  contactsRemovedAt: row.contacts_removed_at,
});

const toComment = (row: Selectable<ConsultationCommentsTable>): ConsultationCommentRecord => ({
  id: row.id,
  consultationId: row.consultation_id,
  paragraph: Number(row.paragraph),
  body: row.body,
  name: row.name,
  contact: row.contact,
  state: row.state as CommentState,
  rejectReason: row.reject_reason,
  moderatedBy: row.moderated_by,
  moderatedAt: row.moderated_at,
  outcome: row.outcome as CommentOutcome | null,
  outcomeReason: row.outcome_reason,
  outcomeBy: row.outcome_by,
  erasedAt: row.erased_at,
  createdAt: row.created_at,
});

export function sqlConsultations({ db, dialect }: SqlStorage): ConsultationStore {
  const updateComment = (id: string, set: Partial<ConsultationCommentsTable>) =>
    db
      .updateTable('consultation_comments')
      .set(set)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst()
      .then((row) => row && toComment(row));

  return {
    async createConsultation(record) {
      const result = await db
        .insertInto('consultations')
        .values({
          id: record.id,
          workspace_id: record.workspaceId,
          document_id: record.documentId,
          version_id: record.versionId,
          title: record.title,
          introduction: record.introduction,
          blocks: toJson(record.blocks),
          easy_read: record.easyRead === null ? null : toJson(record.easyRead),
          closes_at: record.closesAt,
          closed_at: record.closedAt,
          created_by: record.createdBy,
          created_at: record.createdAt,
          contacts_removed_at: record.contactsRemovedAt,
        })
        .onConflict((oc) => oc.column('version_id').doNothing())
        .executeTakeFirst();
      return changed(result) === 1;
    },
    async getConsultation(id) {
      const row = await db
        .selectFrom('consultations')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toConsultation(row);
    },
    async listConsultations(workspaceId) {
      const rows = await db
        .selectFrom('consultations')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
      return rows.map(toConsultation);
    },
    async closeConsultation(id, at) {
      const result = await db
        .updateTable('consultations')
        .set({ closed_at: at })
        .where('id', '=', id)
        .where('closed_at', 'is', null)
        .where('closes_at', '>', at)
        .executeTakeFirst();
      return changed(result) === 1;
    },
    async addComment(record, limit) {
      return inTransaction(db, async (trx) => {
        await trx
          .selectFrom('consultations')
          .select('id')
          .where('id', '=', record.consultationId)
          .$if(dialect === 'postgres', (qb) => qb.forUpdate())
          .executeTakeFirst();
        const { count } = await trx
          .selectFrom('consultation_comments')
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .where('consultation_id', '=', record.consultationId)
          .executeTakeFirstOrThrow();
        if (Number(count) >= limit) return false;
        await trx
          .insertInto('consultation_comments')
          .values({
            id: record.id,
            consultation_id: record.consultationId,
            paragraph: record.paragraph,
            body: record.body,
            name: record.name,
            contact: record.contact,
            state: record.state,
            reject_reason: record.rejectReason,
            moderated_by: record.moderatedBy,
            moderated_at: record.moderatedAt,
            outcome: record.outcome,
            outcome_reason: record.outcomeReason,
            outcome_by: record.outcomeBy,
            erased_at: record.erasedAt,
            created_at: record.createdAt,
          })
          .execute();
        return true;
      });
    },
    async getComment(id) {
      const row = await db
        .selectFrom('consultation_comments')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toComment(row);
    },
    async listComments(consultationId) {
      const rows = await db
        .selectFrom('consultation_comments')
        .selectAll()
        .where('consultation_id', '=', consultationId)
        .orderBy('created_at')
        .orderBy(tieBreak(dialect))
        .execute();
      return rows.map(toComment);
    },
    moderateComment: (id, change) =>
      updateComment(id, {
        state: change.state,
        reject_reason: change.rejectReason,
        moderated_by: change.by,
        moderated_at: change.at,
      }),
    markOutcome: (id, change) =>
      updateComment(id, {
        outcome: change.outcome,
        outcome_reason: change.reason,
        outcome_by: change.by,
      }),
    eraseComment: (id, change) =>
      updateComment(id, {
        name: null,
        contact: null,
        erased_at: change.at,
        ...(change.words === undefined ? {} : { body: change.words }),
      }),
    async removeContactsClosedBefore(cutoff, at) {
      return inTransaction(db, async (trx) => {
        const due = await trx
          .selectFrom('consultations')
          .select('id')
          .where('contacts_removed_at', 'is', null)
          .where((eb) =>
            eb.or([
              eb('closed_at', '<', cutoff),
              eb.and([eb('closed_at', 'is', null), eb('closes_at', '<', cutoff)]),
            ]),
          )
          .execute();
        const ids = due.map((row) => row.id);
        if (ids.length === 0) return 0;
        await trx
          .updateTable('consultation_comments')
          .set({ contact: null })
          .where('consultation_id', 'in', ids)
          .execute();
        await trx
          .updateTable('consultations')
          .set({ contacts_removed_at: at })
          .where('id', 'in', ids)
          .execute();
        return ids.length;
      });
    },
  };
}
