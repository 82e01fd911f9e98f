import { describe, expect, it } from 'vitest';
import { refusalOf, type DraftState } from './server-changes.ts';

const open: DraftState = { lockedReason: null, inReview: false };
const locked: DraftState = { lockedReason: 'The group is deciding', inReview: false };
const inReview: DraftState = { lockedReason: null, inReview: true };

describe('changes the server writes into a draft', () => {
  it('are all taken by a draft that is neither locked nor in review', () => {
    expect(refusalOf('restore', open)).toBeNull();
    expect(refusalOf('suggestion-decision', open)).toBeNull();
  });

  it('restoring and deciding are refused while an agreement poll has locked the draft', () => {
    expect(refusalOf('restore', locked)).toMatch(/until the vote closes/);
    expect(refusalOf('suggestion-decision', locked)).toMatch(/until the vote closes/);
    expect(refusalOf('suggestion-decision', { ...locked, inReview: true })).toMatch(/vote/);
  });

  it('in review: deciding suggestions is what the review is for, restoring is refused', () => {
    expect(refusalOf('suggestion-decision', inReview)).toBeNull();
    expect(refusalOf('restore', inReview)).toMatch(/in review.*End the review first/);
  });

  it('writes nothing into a document in the bin', () => {
    const binned = { lockedReason: null, inReview: false, inBin: true };
    expect(refusalOf('restore', binned)).toMatch(/in the bin.*Restore it from the bin first/);
    expect(refusalOf('suggestion-decision', binned)).toMatch(/in the bin/);
  });

  it('labels sections (no words change) even while locked or in review, but not in the bin', () => {
    expect(refusalOf('section-labels', locked)).toBeNull();
    expect(refusalOf('section-labels', inReview)).toBeNull();
    expect(refusalOf('section-labels', { ...open, inBin: true })).toMatch(/in the bin/);
  });
});
