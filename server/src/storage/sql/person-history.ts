// What the identity tables hold about one person, in either database: sessions, one-time links,
// removals from workspaces and audit entries, for a copy of their data. Secrets' hashes are
// never read out.
import type { PersonHistoryStore } from '../identity-ports.ts';
import { auditRecordOf } from './audit.ts';
import type { SqlStorage } from './connect.ts';
import { linkRecordOf } from './one-time-links.ts';

export function sqlPersonHistory({ db }: SqlStorage): PersonHistoryStore {
  return {
    async sessionsOf(userId) {
      const rows = await db
        .selectFrom('sessions')
        .select(['created_at', 'expires_at', 'remember'])
        .where('user_id', '=', userId)
        .orderBy('created_at')
        .execute();
      return rows.map((row) => ({
        createdAt: row.created_at,
        expiresAt: row.expires_at,
        remember: row.remember === 1,
      }));
    },
    async linksAbout(userId) {
      const rows = await db
        .selectFrom('one_time_links')
        .selectAll()
        .where((eb) => eb.or([eb('user_id', '=', userId), eb('created_by', '=', userId)]))
        .orderBy('created_at')
        .execute();
      return rows.map((row) => {
        const { tokenHash: _secret, ...link } = linkRecordOf(row);
        return link;
      });
    },
    async removalsOf(userId) {
      const rows = await db
        .selectFrom('membership_removals')
        .select(['workspace_id', 'removed_at'])
        .where('user_id', '=', userId)
        .orderBy('removed_at')
        .execute();
      return rows.map((row) => ({ workspaceId: row.workspace_id, removedAt: row.removed_at }));
    },
    async auditAbout(userId) {
      const rows = await db
        .selectFrom('audit_log')
        .selectAll()
        .where((eb) => eb.or([eb('subject', '=', userId), eb('actor_id', '=', userId)]))
        .orderBy('id')
        .execute();
      return rows.map(auditRecordOf);
    },
  };
}
