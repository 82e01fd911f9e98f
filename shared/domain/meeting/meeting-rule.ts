// A meeting rule that refused a command, and the rule most commands share: the meeting is live.
import type { MeetingState } from './state.ts';

export class MeetingRuleBroken extends Error {
  override readonly name = 'MeetingRuleBroken';
}

/** Throws unless the meeting is live. */
export function live(state: MeetingState): void {
  if (state.status.phase !== 'live') {
    throw new MeetingRuleBroken(
      state.status.phase === 'ended'
        ? 'This meeting has ended.'
        : 'This meeting has not started yet.',
    );
  }
}
