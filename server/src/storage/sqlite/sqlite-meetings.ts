// Meetings in SQLite: a JSON state per meeting, with a version for compare-and-swap.
import type Database from 'better-sqlite3';
import type { MeetingState } from '@roundtable/shared/domain/meeting/meeting';
import type { MeetingStore } from '../meeting-ports.ts';

export function sqliteMeetings(db: Database.Database): MeetingStore {
  return {
    async createMeeting(state) {
      db.prepare(
        'INSERT INTO meetings (id, workspace_id, starts_at, state, version) VALUES (?, ?, ?, ?, 1)',
      ).run(state.id, state.workspaceId, state.startsAt, JSON.stringify(state));
    },
    async getMeeting(id) {
      const row = db
        .prepare<[string], { state: string; version: number }>(
          'SELECT state, version FROM meetings WHERE id = ?',
        )
        .get(id);
      return row && { state: JSON.parse(row.state) as MeetingState, version: row.version };
    },
    async listMeetings(workspaceId) {
      return db
        .prepare<[string], { state: string }>(
          'SELECT state FROM meetings WHERE workspace_id = ? ORDER BY starts_at, id',
        )
        .all(workspaceId)
        .map((row) => JSON.parse(row.state) as MeetingState);
    },
    async saveMeeting(id, expectedVersion, state) {
      const result = db
        .prepare(
          'UPDATE meetings SET state = ?, starts_at = ?, version = version + 1 WHERE id = ? AND version = ?',
        )
        .run(JSON.stringify(state), state.startsAt, id, expectedVersion);
      return result.changes === 1;
    },
  };
}
