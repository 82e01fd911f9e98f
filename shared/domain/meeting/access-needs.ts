// How long the access needs given with an RSVP are kept: until a set number of days after the
// meeting ended. Then the needs and notes are removed and the answer (yes, no, maybe) stays,
// with a note of when and after how many days, so the meeting page can say so. Pure.
import type { MeetingState, Rsvp } from './state.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

const holdsNeeds = (rsvp: Rsvp): boolean => rsvp.needs.length > 0 || rsvp.notes !== '';

/** Whether this meeting holds access needs that should have been removed by `now`. */
export function accessNeedsDue(state: MeetingState, now: number, keepDays: number): boolean {
  if (state.status.phase !== 'ended') return false;
  if (now < state.status.endedAt + keepDays * DAY_MS) return false;
  return Object.values(state.rsvps).some(holdsNeeds);
}

/** The meeting without the access needs and notes it is past keeping; unchanged otherwise. */
export function withoutAccessNeeds(
  state: MeetingState,
  now: number,
  keepDays: number,
): MeetingState {
  if (!accessNeedsDue(state, now, keepDays)) return state;
  const rsvps = Object.fromEntries(
    Object.entries(state.rsvps).map(([userId, rsvp]) => [
      userId,
      { answer: rsvp.answer, needs: [], notes: '' },
    ]),
  );
  return { ...state, rsvps, accessNeedsRemoved: { at: now, afterDays: keepDays } };
}
