// Access needs given with an RSVP: who sees them in the meeting view, and their removal a set
// number of days after the meeting ended (the clock is passed in).
import { describe, expect, it } from 'vitest';
import { can, type Actor } from '../policy.ts';
import { accessNeedsDue, withoutAccessNeeds } from './access-needs.ts';
import { run, scheduled } from './meeting-fixtures.ts';
import { viewFor } from './view.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const ENDED_AT = 1_000_000;

const answered = () =>
  run(scheduled(), [
    ['sam', { type: 'rsvp', answer: 'yes', needs: ['Easy Read papers'], notes: 'Bus at 10' }],
    ['lucy', { type: 'rsvp', answer: 'no', needs: [], notes: '' }],
    ['fac', { type: 'meeting:start' }, ENDED_AT - 1000],
    ['fac', { type: 'meeting:end' }, ENDED_AT],
  ]);

describe('access needs in the meeting view', () => {
  it('shows them to facilitators only; those who run without being one see answers', () => {
    const state = answered();
    const facilitator = viewFor(state, { userId: 'fac', runs: true, seesAccessNeeds: true }, [], 0);
    expect(facilitator.rsvps.sam).toEqual(state.rsvps.sam);
    const admin = viewFor(state, { userId: 'ada', runs: true, seesAccessNeeds: false }, [], 0);
    expect(admin.rsvps).toEqual({
      sam: { answer: 'yes', needs: [], notes: '' },
      lucy: { answer: 'no', needs: [], notes: '' },
    });
    const lucy = viewFor(state, { userId: 'lucy', runs: false }, [], 0);
    expect(JSON.stringify(lucy)).not.toContain('Easy Read papers');
    expect(viewFor(state, { userId: 'sam', runs: false }, [], 0).rsvps.sam).toEqual(
      state.rsvps.sam,
    );
  });

  it('asks can(): facilitators of the workspace, never an administrator who is not one', () => {
    const actor = (role: 'facilitator' | 'member' | 'observer' | null, isAdmin = false): Actor => ({
      kind: 'user',
      userId: 'x',
      isAdmin,
      roles: new Map(role ? [['w1', role]] : []),
    });
    const sees = (a: Actor) => can(a, 'meeting:read-access-needs', { workspaceId: 'w1' });
    expect(sees(actor('facilitator'))).toBe(true);
    expect(sees(actor('facilitator', true))).toBe(true);
    expect(sees(actor('member'))).toBe(false);
    expect(sees(actor('observer'))).toBe(false);
    expect(sees(actor(null, true))).toBe(false);
    expect(sees(actor('member', true))).toBe(false);
    expect(sees({ kind: 'anonymous' })).toBe(false);
  });
});

describe('removing access needs after the meeting', () => {
  it('keeps them until the days are up, then removes needs and notes and keeps the answers', () => {
    const state = answered();
    expect(accessNeedsDue(state, ENDED_AT + 30 * DAY_MS - 1, 30)).toBe(false);
    expect(withoutAccessNeeds(state, ENDED_AT + 30 * DAY_MS - 1, 30)).toBe(state);
    const at = ENDED_AT + 30 * DAY_MS;
    const removed = withoutAccessNeeds(state, at, 30);
    expect(removed.rsvps).toEqual({
      sam: { answer: 'yes', needs: [], notes: '' },
      lucy: { answer: 'no', needs: [], notes: '' },
    });
    expect(removed.accessNeedsRemoved).toEqual({ at, afterDays: 30 });
    expect(accessNeedsDue(removed, at + DAY_MS, 30)).toBe(false);
  });

  it('never touches a meeting that has not ended, or one with no needs given', () => {
    const live = run(scheduled(), [
      ['sam', { type: 'rsvp', answer: 'yes', needs: ['A break'], notes: '' }],
      ['fac', { type: 'meeting:start' }, 0],
    ]);
    expect(accessNeedsDue(live, 365 * DAY_MS, 30)).toBe(false);
    const none = run(scheduled(), [
      ['lucy', { type: 'rsvp', answer: 'no', needs: [], notes: '' }],
      ['fac', { type: 'meeting:start' }, 0],
      ['fac', { type: 'meeting:end' }, 1],
    ]);
    expect(withoutAccessNeeds(none, 365 * DAY_MS, 30)).toBe(none);
  });
});
