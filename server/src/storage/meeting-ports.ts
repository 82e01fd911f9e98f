// The storage port for meetings: one state document per meeting, changed only by
// compare-and-swap on its version, so that commands from any process apply one at a time.
import type { MeetingState } from '@roundtable/shared/domain/meeting/meeting';

export interface StoredMeeting {
  state: MeetingState;
  version: number;
}

export interface MeetingStore {
  createMeeting(state: MeetingState): Promise<void>;
  getMeeting(id: string): Promise<StoredMeeting | undefined>;
  /** A workspace's meetings, soonest first. */
  listMeetings(workspaceId: string): Promise<MeetingState[]>;
  /** Every workspace's meetings, by id after `afterId` (null: from the first), at most `limit`. */
  listMeetingsPage(page: { afterId: string | null; limit: number }): Promise<MeetingState[]>;
  /** Stores the new state only if the stored version is still `expectedVersion`. */
  saveMeeting(id: string, expectedVersion: number, state: MeetingState): Promise<boolean>;
}
