import { describe, expect, it } from 'vitest';
import { ordinal, placeInQueue } from './hands.ts';
import { markAttendance, permissionFor } from './meeting.ts';
import { MINUTE_MS, remainingMs } from './timer.ts';
import { viewFor } from './view.ts';
import { run, scheduled } from './meeting-fixtures.ts';

describe('the meeting rules', () => {
  it('starts, moves through the agenda, and sets the timer to each item’s timebox', () => {
    const state = run(scheduled(), [
      ['fac', { type: 'meeting:start' }, 1000],
      ['fac', { type: 'agenda:next' }],
    ]);
    expect(state.status).toEqual({ phase: 'live', startedAt: 1000 });
    expect(state.currentItemId).toBe('a2');
    expect(state.timer).toEqual({ state: 'idle', durationMs: 20 * MINUTE_MS });
    expect(run(state, [['fac', { type: 'agenda:next' }]]).currentItemId).toBe('a2');
    expect(run(state, [['fac', { type: 'agenda:previous' }]]).currentItemId).toBe('a1');
  });

  it('keeps the timer as an end time: start, pause, add a minute, reset', () => {
    let state = run(scheduled(), [
      ['fac', { type: 'meeting:start' }, 0],
      ['fac', { type: 'timer:start' }, 10_000],
    ]);
    expect(state.timer).toEqual({
      state: 'running',
      durationMs: 5 * MINUTE_MS,
      endsAt: 10_000 + 5 * MINUTE_MS,
    });
    expect(remainingMs(state.timer, 70_000)).toBe(4 * MINUTE_MS);
    state = run(state, [['fac', { type: 'timer:pause' }, 70_000]]);
    expect(remainingMs(state.timer, 999_999)).toBe(4 * MINUTE_MS);
    state = run(state, [
      ['fac', { type: 'timer:add-minute' }, 80_000],
      ['fac', { type: 'timer:start' }, 100_000],
    ]);
    expect(remainingMs(state.timer, 100_000)).toBe(5 * MINUTE_MS);
    expect(run(state, [['fac', { type: 'timer:reset' }]]).timer).toEqual({
      state: 'idle',
      durationMs: 5 * MINUTE_MS,
    });
    const expired = run(state, [['fac', { type: 'timer:add-minute' }, 100_000 + 6 * MINUTE_MS]]);
    expect(remainingMs(expired.timer, 100_000 + 6 * MINUTE_MS)).toBe(MINUTE_MS);
  });

  it('queues hands in order; the facilitator marks who speaks; a person knows their place', () => {
    const state = run(scheduled(), [
      ['fac', { type: 'meeting:start' }],
      ['sam', { type: 'hand:raise' }, 1],
      ['lucy', { type: 'hand:raise' }, 2],
      ['mark', { type: 'hand:raise' }, 3],
      ['sam', { type: 'hand:raise' }, 4],
    ]);
    expect(state.hands.queue.map((h) => h.userId)).toEqual(['sam', 'lucy', 'mark']);
    expect(placeInQueue(state.hands, 'lucy')).toBe(2);
    expect(ordinal(2)).toBe('2nd');
    expect(ordinal(11)).toBe('11th');
    const speaking = run(state, [['fac', { type: 'hand:speak' }]]);
    expect(speaking.hands).toMatchObject({
      speaking: 'sam',
      queue: [{ userId: 'lucy' }, { userId: 'mark' }],
    });
    const lowered = run(speaking, [
      ['mark', { type: 'hand:lower' }],
      ['fac', { type: 'hand:done' }],
    ]);
    expect(lowered.hands).toMatchObject({ speaking: null, queue: [{ userId: 'lucy' }] });
  });

  it('refuses hands, cards and polls before the meeting starts and after it ends', () => {
    expect(() => run(scheduled(), [['sam', { type: 'hand:raise' }]])).toThrow('has not started');
    const ended = run(scheduled(), [
      ['fac', { type: 'meeting:start' }],
      ['fac', { type: 'meeting:end' }, 50],
    ]);
    expect(() => run(ended, [['sam', { type: 'card:show', kind: 'stop' }]])).toThrow('has ended');
  });

  it('allows one vote per person, changeable until close, with reasons where needed', () => {
    let state = run(scheduled(), [
      ['fac', { type: 'meeting:start' }],
      [
        'fac',
        {
          type: 'poll:open',
          question: 'Agree the housing section?',
          kind: 'consent',
          options: [],
          anonymous: false,
          results: 'on-close',
        },
      ],
    ]);
    const pollId = state.polls[0]!.id;
    expect(() =>
      run(state, [['sam', { type: 'poll:vote', pollId, optionId: 'objection', reason: ' ' }]]),
    ).toThrow('reason');
    state = run(state, [
      ['sam', { type: 'poll:vote', pollId, optionId: 'objection', reason: 'Too few homes' }],
      ['sam', { type: 'poll:vote', pollId, optionId: 'consent', reason: '' }],
      ['lucy', { type: 'poll:vote', pollId, optionId: 'consent', reason: '' }],
    ]);
    expect(Object.keys(state.polls[0]!.votes)).toEqual(['sam', 'lucy']);
    const member = viewFor(state, { userId: 'sam', runs: false }, [], 0).polls[0]!;
    expect(member).toMatchObject({
      voteCount: 2,
      tally: null,
      named: null,
      myVote: { optionId: 'consent' },
    });
    state = run(state, [['fac', { type: 'poll:close', pollId }]]);
    expect(() =>
      run(state, [['sam', { type: 'poll:vote', pollId, optionId: 'objection', reason: 'x' }]]),
    ).toThrow('closed');
    const after = viewFor(state, { userId: 'sam', runs: false }, [], 0).polls[0]!;
    expect(after.tally).toEqual([
      { optionId: 'consent', label: 'Consent', count: 2 },
      { optionId: 'objection', label: 'Objection', count: 0 },
    ]);
    expect(after.named?.map((v) => v.userId)).toEqual(['sam', 'lucy']);
  });

  it('never shows who voted what in an anonymous poll, even to the facilitator', () => {
    const state = run(scheduled(), [
      ['fac', { type: 'meeting:start' }],
      [
        'fac',
        {
          type: 'poll:open',
          question: 'Which name?',
          kind: 'custom',
          options: ['Our Voice', 'Speak Up'],
          anonymous: true,
          results: 'live',
        },
      ],
    ]);
    const pollId = state.polls[0]!.id;
    const voted = run(state, [
      ['sam', { type: 'poll:vote', pollId, optionId: 'option-2', reason: '' }],
    ]);
    const facilitator = viewFor(voted, { userId: 'fac', runs: true }, [], 0).polls[0]!;
    expect(facilitator.named).toBeNull();
    expect(facilitator.tally?.[1]).toEqual({ optionId: 'option-2', label: 'Speak Up', count: 1 });
    expect(() =>
      run(state, [
        [
          'fac',
          {
            type: 'poll:open',
            question: 'x',
            kind: 'custom',
            options: ['only one'],
            anonymous: false,
            results: 'live',
          },
        ],
      ]),
    ).toThrow('two choices');
  });

  it('shows cards with names to facilitators and as counts to everyone', () => {
    const state = run(scheduled(), [
      ['fac', { type: 'meeting:start' }],
      ['sam', { type: 'card:show', kind: 'stop' }],
      ['lucy', { type: 'card:show', kind: 'slow' }],
      ['mark', { type: 'card:show', kind: 'stop' }],
      ['mark', { type: 'card:clear' }],
    ]);
    const member = viewFor(state, { userId: 'sam', runs: false }, [], 0);
    expect(member.cards).toEqual({
      counts: { stop: 1, slow: 1, agree: 0, break: 0 },
      named: null,
      mine: 'stop',
    });
    const facilitator = viewFor(state, { userId: 'fac', runs: true }, [], 0);
    expect(facilitator.cards.named).toEqual([
      { userId: 'sam', kind: 'stop' },
      { userId: 'lucy', kind: 'slow' },
    ]);
  });

  it('edits, reorders and removes agenda items with buttons, not dragging', () => {
    let state = run(scheduled(), [
      ['fac', { type: 'agenda:add', title: 'Next steps', minutes: 10, link: null }],
    ]);
    const added = state.agenda[2]!.id;
    state = run(state, [
      ['fac', { type: 'agenda:move', itemId: added, direction: 'up' }],
      [
        'fac',
        { type: 'agenda:edit', itemId: 'a1', title: 'Welcome and tea', minutes: 10, link: null },
      ],
    ]);
    expect(state.agenda.map((i) => i.title)).toEqual(['Welcome and tea', 'Next steps', 'Housing']);
    state = run(state, [['fac', { type: 'agenda:remove', itemId: 'a1' }]]);
    expect(state.currentItemId).toBe(added);
  });

  it('keeps a decision and action log; actions stay open until done', () => {
    let state = run(scheduled(), [
      ['fac', { type: 'meeting:start' }],
      [
        'fac',
        {
          type: 'decision:record',
          text: 'Add a section on transport',
          pollId: null,
          agendaItemId: 'a2',
        },
      ],
      [
        'fac',
        {
          type: 'action:record',
          what: 'Write the transport section',
          who: 'Lucy',
          due: '2027-01-15',
        },
      ],
      ['fac', { type: 'meeting:end' }, 99],
    ]);
    expect(state.decisions).toHaveLength(1);
    expect(state.actions[0]).toMatchObject({ status: 'open', who: 'Lucy' });
    state = run(state, [
      ['fac', { type: 'action:update', actionId: state.actions[0]!.id, status: 'done' }],
    ]);
    expect(state.actions[0]?.status).toBe('done');
    expect(() =>
      run(state, [
        ['fac', { type: 'decision:record', text: 'x', pollId: 'nope', agendaItemId: null }],
      ]),
    ).toThrow('no such poll');
  });

  it('records attendance only while live, and RSVPs privately', () => {
    let state = markAttendance(scheduled(), 'sam', 'Sam', 1);
    expect(state.attendance).toEqual({});
    state = run(state, [
      ['fac', { type: 'meeting:start' }],
      ['sam', { type: 'rsvp', answer: 'yes', needs: ['Easy Read papers'], notes: '' }],
      ['lucy', { type: 'rsvp', answer: 'maybe', needs: [], notes: 'Bus times' }],
    ]);
    state = markAttendance(state, 'sam', 'Sam', 5);
    expect(state.attendance).toEqual({ sam: { name: 'Sam', firstSeen: 5 } });
    expect(Object.keys(viewFor(state, { userId: 'sam', runs: false }, [], 0).rsvps)).toEqual([
      'sam',
    ]);
    expect(Object.keys(viewFor(state, { userId: 'fac', runs: true }, [], 0).rsvps)).toEqual([
      'sam',
      'lucy',
    ]);
  });

  it('needs the facilitator’s permission for running, and a participant’s for taking part', () => {
    expect(permissionFor({ type: 'timer:start' })).toBe('meeting:run');
    expect(permissionFor({ type: 'poll:close', pollId: 'p' })).toBe('meeting:run');
    expect(permissionFor({ type: 'hand:raise' })).toBe('meeting:take-part');
    expect(permissionFor({ type: 'poll:vote', pollId: 'p', optionId: 'o', reason: '' })).toBe(
      'meeting:take-part',
    );
    expect(permissionFor({ type: 'rsvp', answer: 'yes', needs: [], notes: '' })).toBe(
      'meeting:attend',
    );
  });
});
