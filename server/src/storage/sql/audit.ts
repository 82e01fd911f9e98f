// The audit log in either database: appended to, read newest first, and emptied of entries
// older than it is kept for (a batch at a time, oldest first).
import type { Selectable } from 'kysely';
import type { AuditRecord, AuditStore } from '../identity-ports.ts';
import type { SqlStorage } from './connect.ts';
import type { AuditLogTable } from './database.ts';
import { changed } from './rows.ts';

export const auditRecordOf = (row: Selectable<AuditLogTable>): AuditRecord => ({
  id: row.id,
  at: row.at,
  actorId: row.actor_id,
  workspaceId: row.workspace_id,
  action: row.action,
  subject: row.subject,
  details: JSON.parse(row.details) as Record<string, unknown>,
});

export function sqlAudit({ db }: SqlStorage): AuditStore {
  return {
    async appendAudit(e) {
      await db
        .insertInto('audit_log')
        .values({
          at: e.at,
          actor_id: e.actorId,
          workspace_id: e.workspaceId,
          action: e.action,
          subject: e.subject,
          details: JSON.stringify(e.details),
        })
        .execute();
    },
    async listAudit({ workspaceId, limit }) {
      const rows = await db
        .selectFrom('audit_log')
        .selectAll()
        .$if(workspaceId !== undefined, (qb) => qb.where('workspace_id', '=', workspaceId ?? ''))
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(auditRecordOf);
    },
    async deleteAuditBefore(before, limit, keepActions) {
      const result = await db
        .deleteFrom('audit_log')
        .where(
          'id',
          'in',
          db
            .selectFrom('audit_log')
            .select('id')
            .where('at', '<', before)
            .$if(keepActions.length > 0, (qb) => qb.where('action', 'not in', [...keepActions]))
            .orderBy('id')
            .limit(limit),
        )
        .executeTakeFirst();
      return changed(result);
    },
  };
}
