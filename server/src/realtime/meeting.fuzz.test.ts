// A seeded fuzzer for the meeting channel: a real server, a workspace with a meeting, a
// facilitator, a member and an observer, and random payloads for every event a client may send
// (the names come from shared/protocol/meeting, so a new event is fuzzed without editing this
// file). It checks what a person or operator would notice: the server stays up, every ack
// arrives and is `{ ok, data }` or `{ ok: false, error }` (never an internal error where a
// validation error belongs), /healthz answers, the meeting state is still well formed, and a
// well-behaved client can still run a meeting. Replay a failure with the seed it prints.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { meetingClientEventNames, type Ack } from '@roundtable/shared/protocol/meeting';
import { MeetingViewSchema } from '@roundtable/shared/protocol/meeting-view';
import { fuzzBudget, seededRandom } from '../testing/fuzz-budget.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';
import { pick, type Random } from '../testing/fuzz-values.ts';
import {
  connect as connectAs,
  makeWorkspace as makeWorkspaceIn,
  roles,
  type Fixture,
  type Who,
} from '../testing/meeting-fuzz-people.ts';
import { payloadFor as payloadForIn } from '../testing/meeting-fuzz-events.ts';
import {
  ACK_TIMEOUT_MS,
  answered,
  checkAck as checkAckIn,
  safeJson,
} from '../testing/meeting-fuzz-answers.ts';

const budget = fuzzBudget(7_000);
/** Socket.IO's maxHttpBufferSize is 64 KiB: strings below it must be answered, not cut off. */
const LARGE_STRING = 40_000;

/**
 * Internal errors the fuzzer has found that belong to a defect another change is fixing. Keyed
 * by command type; each names its defect. Remove an entry once its fix is merged.
 */
const knownInternalErrors: Record<string, string> = {};

describe(`the meeting channel under random events (${budget.replay})`, () => {
  let server: TestServer;
  let home: Fixture;
  let other: Fixture;
  const tokens = new Map<Who, string>();
  const sockets = new Map<Who, Socket>();

  const connect = (who: Who): Promise<Socket> => connectAs(server, tokens, sockets, who);
  const makeWorkspace = (name: string, people: boolean): Promise<Fixture> =>
    makeWorkspaceIn(server, tokens, name, people);

  beforeAll(async () => {
    server = await startTestServer();
    home = await makeWorkspace('Partnership Board', true);
    other = await makeWorkspace('Carers Forum', false);
    for (const who of Object.keys(roles) as Who[]) {
      const socket = await connect(who);
      const joined = (await socket.emitWithAck('meeting:join', {
        meetingId: home.meetingId,
      })) as Ack<unknown>;
      expect(joined.ok).toBe(true);
    }
  });
  afterAll(async () => {
    for (const socket of sockets.values()) socket.disconnect();
    await server?.close();
  });

  const payloadFor = (random: Random, event: string, seen: string[]): unknown =>
    payloadForIn(random, event, seen, home, other);

  /** How the server answered, by code ('ok' for success), to show the fuzzer reaches the rules. */
  const answers = new Map<string, number>();
  const checkAck = (ack: unknown, event: string, type: string, replay: string): string[] =>
    checkAckIn(answers, knownInternalErrors, ack, event, type, replay);

  // Found by this fuzzer: a leave handled while a join or command was still running made its
  // answer an internal error (the view was built for a viewer who had just gone).
  it('answers a join or command that races a leave, without an internal error', async () => {
    const member = await connect('member');
    const meetingId = home.meetingId;
    const join = member.timeout(ACK_TIMEOUT_MS).emitWithAck('meeting:join', { meetingId });
    const leave = member.timeout(ACK_TIMEOUT_MS).emitWithAck('meeting:leave', { meetingId });
    expect(await join).toMatchObject({ ok: true });
    expect(await leave).toMatchObject({ ok: true });
    await member.emitWithAck('meeting:join', { meetingId });
    const command = member
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck('meeting:command', { meetingId, command: { type: 'card:clear' } });
    await member.timeout(ACK_TIMEOUT_MS).emitWithAck('meeting:leave', { meetingId });
    const answer = (await command) as Ack<unknown>;
    expect(answer.ok || answer.error.code).not.toBe('internal');
    expect((await member.emitWithAck('meeting:join', { meetingId })) as Ack<unknown>).toMatchObject(
      { ok: true },
    );
  });

  // Found by this fuzzer: an unknown event, or a known one sent with only an ack, was never
  // answered, so the client waited for ever; so was one with an argument more than its payload.
  it('answers an unknown event, and an event without a payload or with extra arguments, with an error ack', async () => {
    const member = await connect('member');
    const payload = { meetingId: home.meetingId, command: { type: 'card:clear' } };
    for (const event of ['meeting:explode', ...meetingClientEventNames]) {
      for (const args of [[], [payload, 'extra'], ['extra', payload], [payload, payload, 42]]) {
        expect(
          await answered(member.emitWithAck(event, ...args), `${event} ${safeJson(args)}`),
          `${event} ${safeJson(args)}`,
        ).toMatchObject({ ok: false, error: { code: 'bad_request' } });
      }
    }
    expect(
      await answered(member.emitWithAck('meeting:explode', { meetingId: home.meetingId }), 'x'),
    ).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('never crashes, always answers, and keeps the meeting well formed', async () => {
    const random = seededRandom(budget.seed);
    const deadline = Date.now() + budget.ms;
    const seen: string[] = [];
    let cases = 0;
    const everyone = Object.keys(roles) as Who[];
    while (Date.now() < deadline) {
      // A few people at once, as in a real meeting.
      const batch = Array.from({ length: 1 + Math.floor(random() * 6) }, () => {
        cases += 1;
        const who = pick(random, everyone);
        const event = random() < 0.95 ? pick(random, meetingClientEventNames) : 'meeting:unknown';
        let payload = payloadFor(random, event, seen);
        // One event over Socket.IO's 64 KiB cap closes the socket (checked once, below).
        if (safeJson(payload, Infinity).length > 60_000) payload = { meetingId: home.meetingId };
        const commandType = (payload as { command?: { type?: unknown } } | null)?.command?.type;
        const type = typeof commandType === 'string' ? commandType : '';
        const replay = `${budget.replay}, case ${cases}: ${who} ${event} ${safeJson(payload)}`;
        return { who, event, payload, type, replay, how: random() };
      });
      await Promise.all(
        batch.map(async ({ who, event, payload, type, replay, how }) => {
          const socket = sockets.get(who)!;
          if (how < 0.1) {
            socket.emit(event, payload); // no ack callback at all
          } else if (how < 0.15) {
            socket.emit(event, payload, 'not a function', 42); // an ack that is not a function
          } else if (how < 0.2) {
            // Binary: Socket.IO sends it as an attachment.
            const bytes = Buffer.from(Array.from({ length: 64 }, () => Math.floor(random() * 256)));
            const ack = await answered(
              socket.emitWithAck(
                event,
                random() < 0.5 ? bytes : { meetingId: bytes, command: bytes },
              ),
              replay,
            );
            checkAck(ack, event, type, replay);
          } else if (how < 0.25) {
            // No payload at all: the ack comes where the payload belongs.
            checkAck(await answered(socket.emitWithAck(event), replay), event, type, replay);
          } else if (how < 0.3) {
            // Arguments besides the payload, before the ack: answered as malformed.
            let extra = payloadFor(random, event, seen);
            // Together under Socket.IO's cap too: over it, the socket is closed (checked below).
            if (safeJson([payload, extra, extra], Infinity).length > 60_000) extra = null;
            const args = random() < 0.5 ? [payload, extra] : [extra, payload, extra];
            const ack = await answered(socket.emitWithAck(event, ...args), replay);
            checkAck(ack, event, type, replay);
            expect(ack, replay).toMatchObject({ ok: false, error: { code: 'bad_request' } });
          } else {
            const ack = await answered(socket.emitWithAck(event, payload), replay);
            seen.push(...checkAck(ack, event, type, replay));
          }
        }),
      );
      if (seen.length > 200) seen.splice(0, seen.length - 200);
      // Anyone who left (a fuzzed meeting:leave) joins again, so commands keep reaching rules.
      if (random() < 0.2) {
        const who = pick(random, everyone);
        const rejoin = sockets.get(who)!.emitWithAck('meeting:join', { meetingId: home.meetingId });
        await answered(rejoin, `${budget.replay}, joining again after case ${cases}`);
      }
    }
    expect(cases).toBeGreaterThan(0);
    if (process.env.FUZZ_VERBOSE) console.log(budget.replay, cases, Object.fromEntries(answers));
    expect(answers.get('ok') ?? 0, 'no command was ever accepted').toBeGreaterThan(0);

    // An oversized event closes only that socket; the server stays up.
    const facilitator = sockets.get('facilitator')!;
    const closed = new Promise((resolve) => facilitator.once('disconnect', resolve));
    facilitator.emit('meeting:command', {
      meetingId: home.meetingId,
      command: { type: 'rsvp', answer: 'yes', notes: 'x'.repeat(70_000) },
    });
    await closed;
    // A large string below the cap is answered.
    const member = sockets.get('member')!;
    checkAck(
      await member.timeout(ACK_TIMEOUT_MS).emitWithAck('meeting:command', {
        meetingId: home.meetingId,
        command: { type: 'rsvp', answer: 'yes', notes: 'x'.repeat(LARGE_STRING) },
      }),
      'meeting:command',
      'rsvp',
      `${budget.replay}, large rsvp`,
    );

    expect((await fetch(`${server.origin}/healthz`)).status).toBe(200);

    // The fuzzed meeting still reads as a well-formed state, for each role.
    for (const who of everyone) {
      const socket = await connect(who);
      const joined = (await socket
        .timeout(ACK_TIMEOUT_MS)
        .emitWithAck('meeting:join', { meetingId: home.meetingId })) as Ack<unknown>;
      expect(joined.ok, budget.replay).toBe(true);
      const view = MeetingViewSchema.safeParse(joined.ok ? joined.data : null);
      expect(view.error?.issues, budget.replay).toBeUndefined();
      const state = view.data!;
      const agendaIds = state.agenda.map((item) => item.id);
      expect(new Set(agendaIds).size, budget.replay).toBe(agendaIds.length);
      if (state.currentItemId !== null)
        expect(agendaIds, budget.replay).toContain(state.currentItemId);
      const queued = state.hands.queue.map((hand) => hand.userId);
      expect(new Set(queued).size, budget.replay).toBe(queued.length);
      for (const userId of queued) expect(home.userIds, budget.replay).toContain(userId);
      expect(state.polls.filter((poll) => poll.state === 'open').length).toBeLessThanOrEqual(
        state.polls.length,
      );
    }

    // The other workspace's meeting was never reachable: nobody here may join it.
    const outsider = (await sockets
      .get('member')!
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck('meeting:join', { meetingId: other.meetingId })) as Ack<unknown>;
    expect(outsider.ok, budget.replay).toBe(false);

    // A well-behaved client can still run a whole meeting.
    const meetingId = (
      await server.api.request('POST', `/api/workspaces/${home.workspaceId}/meetings`, {
        title: 'After the storm',
        startsAt: '2026-12-02T10:00:00Z',
        agenda: [{ title: 'Check in', minutes: 5 }],
      })
    ).body.id as string;
    /** Sends a command as a well-behaved client would: waiting when told to slow down. */
    const send = async (who: Who, command: Record<string, unknown>) => {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const ack = (await sockets
          .get(who)!
          .timeout(ACK_TIMEOUT_MS)
          .emitWithAck('meeting:command', { meetingId, command })) as Ack<unknown>;
        if (!ack.ok && ack.error.code === 'rate_limited' && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 200));
          continue;
        }
        expect(ack, `${who} ${String(command.type)}`).toMatchObject({ ok: true });
        return ack.ok ? MeetingViewSchema.parse(ack.data) : undefined;
      }
    };
    for (const who of everyone) {
      const joined = (await sockets
        .get(who)!
        .emitWithAck('meeting:join', { meetingId })) as Ack<unknown>;
      expect(joined.ok).toBe(true);
    }
    await send('facilitator', { type: 'meeting:start' });
    await send('member', { type: 'hand:raise' });
    const opened = await send('facilitator', {
      type: 'poll:open',
      question: 'Agree the check-in?',
      kind: 'agree',
      results: 'live',
    });
    const pollId = opened!.polls[0]!.id;
    await send('member', { type: 'poll:vote', pollId, optionId: 'agree' });
    await send('facilitator', { type: 'poll:close', pollId });
    const ended = await send('facilitator', { type: 'meeting:end' });
    expect(ended!.status.phase).toBe('ended');
    expect(ended!.polls[0]!.tally?.find((t) => t.optionId === 'agree')?.count).toBe(1);
  });
});
