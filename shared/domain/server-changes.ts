// Changes Roundtable itself writes into a live draft (restoring a version, accepting or
// rejecting a suggestion, directly or by a meeting poll) and when a draft takes them. People's
// own edits are held back by the /collab room; these are held back here, by the same two
// states:
// - locked by an open agreement poll: the group is agreeing this draft as it stands, so
//   nothing changes it, not even a decision on a suggestion;
// - in review: the review is for deciding suggestions, so accepting and rejecting them is what
//   it is for; restoring an old version over the draft under review is not.
import { IN_BIN_MESSAGE } from './policy.ts';

// Giving headings their section ids (when an Easy Read version is made) changes no words, so
// neither holds it back.
export type ServerChange = 'restore' | 'suggestion-decision' | 'section-labels';

export interface DraftState {
  /** Why the draft is locked (an agreement poll is open on it), or null. */
  lockedReason: string | null;
  inReview: boolean;
  /** The document is in the bin: nothing is written into it until it is restored. */
  inBin?: boolean;
}

/** Why the draft does not take this change now, in words for the person who asked; or null. */
export function refusalOf(change: ServerChange, draft: DraftState): string | null {
  if (draft.inBin) return IN_BIN_MESSAGE;
  if (change === 'section-labels') return null;
  if (draft.lockedReason !== null) {
    return change === 'restore'
      ? 'The group is deciding whether to agree this draft, so no version can be restored over it until the vote closes.'
      : 'The group is deciding whether to agree this draft, so its suggestions cannot be accepted or rejected until the vote closes.';
  }
  if (draft.inReview && change === 'restore') {
    return 'This draft is in review, so no version can be restored over it. End the review first.';
  }
  return null;
}
