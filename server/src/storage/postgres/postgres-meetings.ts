// Meetings in Postgres: a JSONB state per meeting, with a version for compare-and-swap.
import type pg from 'pg';
import type { MeetingState } from '@roundtable/shared/domain/meeting/meeting';
import type { MeetingStore } from '../meeting-ports.ts';

export function postgresMeetings(pool: pg.Pool): MeetingStore {
  return {
    async createMeeting(state) {
      await pool.query(
        'INSERT INTO meetings (id, workspace_id, starts_at, state, version) VALUES ($1, $2, $3, $4, 1)',
        [state.id, state.workspaceId, state.startsAt, JSON.stringify(state)],
      );
    },
    async getMeeting(id) {
      const { rows } = await pool.query<{ state: MeetingState; version: number }>(
        'SELECT state, version FROM meetings WHERE id = $1',
        [id],
      );
      return rows[0];
    },
    async listMeetings(workspaceId) {
      const { rows } = await pool.query<{ state: MeetingState }>(
        'SELECT state FROM meetings WHERE workspace_id = $1 ORDER BY starts_at, id',
        [workspaceId],
      );
      return rows.map((row) => row.state);
    },
    async saveMeeting(id, expectedVersion, state) {
      const result = await pool.query(
        'UPDATE meetings SET state = $1, starts_at = $2, version = version + 1 WHERE id = $3 AND version = $4',
        [JSON.stringify(state), state.startsAt, id, expectedVersion],
      );
      return result.rowCount === 1;
    },
  };
}
