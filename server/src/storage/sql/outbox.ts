// The outbox in either database: each mail stored before anything is sent, then marked sent, or
// failed with its error and the time of the next attempt.
import type { OutboxMailRecord, OutboxStore } from '../recruiting-ports.ts';
import type { SqlStorage } from './connect.ts';
import type { Selectable } from 'kysely';
import type { OutboxMailsTable } from './database-recruiting.ts';

const fromRow = (row: Selectable<OutboxMailsTable>): OutboxMailRecord => ({
  id: row.id,
  workspaceId: row.workspace_id,
  about: row.about,
  to: row.recipient,
  subject: row.subject,
  text: row.body,
  attachments: JSON.parse(row.attachments) as OutboxMailRecord['attachments'],
  createdAt: row.created_at,
  attempts: row.attempts,
  nextAttemptAt: row.next_attempt_at,
  lastError: row.last_error,
  sentAt: row.sent_at,
});

export function sqlOutbox({ db }: SqlStorage): OutboxStore {
  return {
    async putMail(record) {
      await db
        .insertInto('outbox_mails')
        .values({
          id: record.id,
          workspace_id: record.workspaceId,
          about: record.about,
          recipient: record.to,
          subject: record.subject,
          body: record.text,
          attachments: JSON.stringify(record.attachments),
          created_at: record.createdAt,
          attempts: record.attempts,
          next_attempt_at: record.nextAttemptAt,
          last_error: record.lastError,
          sent_at: record.sentAt,
        })
        .execute();
    },
    async getMail(id) {
      const row = await db
        .selectFrom('outbox_mails')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && fromRow(row);
    },
    async listDueMail(now, limit) {
      const rows = await db
        .selectFrom('outbox_mails')
        .selectAll()
        .where('sent_at', 'is', null)
        .where('next_attempt_at', '<=', now)
        .orderBy('next_attempt_at')
        .orderBy('created_at')
        .limit(limit)
        .execute();
      return rows.map(fromRow);
    },
    async listMailAbout(abouts) {
      if (abouts.length === 0) return [];
      const rows = await db
        .selectFrom('outbox_mails')
        .selectAll()
        .where('about', 'in', abouts)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(fromRow);
    },
    async claimMail(id, now, until) {
      const result = await db
        .updateTable('outbox_mails')
        .set({ next_attempt_at: until })
        .where('id', '=', id)
        .where('sent_at', 'is', null)
        .where('next_attempt_at', '<=', now)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
    async markMailSent(id, at) {
      await db
        .updateTable('outbox_mails')
        .set((eb) => ({ sent_at: at, last_error: null, attempts: eb('attempts', '+', 1) }))
        .where('id', '=', id)
        .execute();
    },
    async markMailFailed(id, failure) {
      await db
        .updateTable('outbox_mails')
        .set((eb) => ({
          last_error: failure.error,
          next_attempt_at: failure.nextAttemptAt,
          attempts: eb('attempts', '+', 1),
        }))
        .where('id', '=', id)
        .execute();
    },
    async makeMailDue(id, at) {
      const result = await db
        .updateTable('outbox_mails')
        .set({ next_attempt_at: at })
        .where('id', '=', id)
        .where('sent_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
  };
}
