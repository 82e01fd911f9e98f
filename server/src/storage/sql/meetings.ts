// Meetings: a JSON state per meeting, with a version for compare-and-swap.
import type { MeetingState } from '@roundtable/shared/domain/meeting/meeting';
import type { MeetingStore } from '../meeting-ports.ts';
import type { SqlStorage } from './connect.ts';
import { changed, fromJson, toJson } from './rows.ts';

export function sqlMeetings({ db }: SqlStorage): MeetingStore {
  return {
    async createMeeting(state) {
      await db
        .insertInto('meetings')
        .values({
          id: state.id,
          workspace_id: state.workspaceId,
          starts_at: state.startsAt,
          state: toJson(state),
          version: 1,
        })
        .execute();
    },
    async getMeeting(id) {
      const row = await db
        .selectFrom('meetings')
        .select(['state', 'version'])
        .where('id', '=', id)
        .executeTakeFirst();
      return row && { state: fromJson<MeetingState>(row.state), version: row.version };
    },
    async listMeetings(workspaceId) {
      const rows = await db
        .selectFrom('meetings')
        .select('state')
        .where('workspace_id', '=', workspaceId)
        .orderBy('starts_at')
        .orderBy('id')
        .execute();
      return rows.map((row) => fromJson<MeetingState>(row.state));
    },
    async listMeetingsPage({ afterId, limit }) {
      const rows = await db
        .selectFrom('meetings')
        .select('state')
        .$if(afterId !== null, (qb) => qb.where('id', '>', afterId ?? ''))
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map((row) => fromJson<MeetingState>(row.state));
    },
    async saveMeeting(id, expectedVersion, state) {
      const result = await db
        .updateTable('meetings')
        .set((eb) => ({
          state: toJson(state),
          starts_at: state.startsAt,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return changed(result) === 1;
    },
  };
}
