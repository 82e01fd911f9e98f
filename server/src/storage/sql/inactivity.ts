// When people last signed in, in either database: the accounts nobody has used for a while, for
// an administrator to review. The time is set when a session starts (sessions.ts).
import type { InactivityStore } from '../identity-ports.ts';
import type { SqlStorage } from './connect.ts';
import { toUser } from './people.ts';

export function sqlInactivity({ db }: SqlStorage): InactivityStore {
  return {
    async listInactivePeople(before, limit) {
      const rows = await db
        .selectFrom('users')
        .selectAll()
        .where((eb) => eb(eb.fn.coalesce('last_signed_in_at', 'created_at'), '<', before))
        .orderBy((eb) => eb.fn.coalesce('last_signed_in_at', 'created_at'))
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map((row) => ({ user: toUser(row), lastSignedInAt: row.last_signed_in_at }));
    },
    async lastSignInOf(userId) {
      const row = await db
        .selectFrom('users')
        .select('last_signed_in_at')
        .where('id', '=', userId)
        .executeTakeFirst();
      return row?.last_signed_in_at ?? null;
    },
  };
}
