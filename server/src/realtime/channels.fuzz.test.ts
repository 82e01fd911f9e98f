// A seeded fuzzer for the small live channels (/recruiting, /consultations): a facilitator's
// socket sends random events (known and unknown), with random payloads and any number of
// arguments. Every call that brings an ack is answered `{ ok: true }` or `{ ok: false, error }`,
// never an internal error; the server stays up, and a well-behaved page can still watch. Replay a
// failure with the seed it prints.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connectSocket, type Socket } from 'socket.io-client';
import { consultationClientEventNames } from '@roundtable/shared/protocol/consultations';
import { recruitingClientEventNames } from '@roundtable/shared/protocol/recruiting';
import { publishedConsultation } from '../testing/consultation-fixtures.ts';
import { fuzzBudget, seededRandom } from '../testing/fuzz-budget.ts';
import { arbitraryString, arbitraryValue, pick } from '../testing/fuzz-values.ts';
import { personApi, startTestServer, type TestServer } from '../testing/harness.ts';

const budget = fuzzBudget(3_000);
/** Below Socket.IO's 64 KiB message limit, so every call must be answered, not cut off. */
const MAX_CALL_JSON = 60_000;

interface Channel {
  namespace: string;
  events: readonly string[];
  /** A payload that names what the facilitator may watch (random or not). */
  payload: (ids: { workspaceId: string; consultationId: string }, wellFormed: unknown) => unknown;
}

const channels: Channel[] = [
  {
    namespace: '/recruiting',
    events: recruitingClientEventNames,
    payload: ({ workspaceId }, value) => ({ workspaceId: value ?? workspaceId }),
  },
  {
    namespace: '/consultations',
    events: consultationClientEventNames,
    payload: ({ consultationId }, value) => value ?? consultationId,
  },
];

describe.each(channels)(`the $namespace channel under random events (${budget.replay})`, (c) => {
  let server: TestServer;
  let ids: { workspaceId: string; consultationId: string };
  let token: string;
  const sockets: Socket[] = [];
  const connect = () => {
    const socket = connectSocket(`${server.origin}${c.namespace}`, {
      transports: ['websocket'],
      auth: { token },
      forceNew: true,
    });
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    server = await startTestServer();
    const { workspaceId, consultationId } = await publishedConsultation(server);
    ids = { workspaceId, consultationId };
    token = (await personApi(server, workspaceId, 'Fran', 'facilitator')).token!;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await server.close();
  });

  it('answers every call with a well-formed ack, never an internal error', async () => {
    const random = seededRandom(budget.seed);
    const deadline = Date.now() + budget.ms;
    let socket = connect();
    let calls = 0;
    while (Date.now() < deadline) {
      const event = random() < 0.7 ? pick(random, c.events) : arbitraryString(random);
      const args = Array.from({ length: Math.floor(random() * 3) }, () =>
        random() < 0.3
          ? c.payload(ids, random() < 0.5 ? undefined : arbitraryValue(random, 2))
          : arbitraryValue(random, 3),
      );
      if (JSON.stringify([event, ...args]).length > MAX_CALL_JSON || event === '') continue;
      // A socket is allowed a few watches; a fresh one keeps the fuzzer reaching the parser.
      if (calls++ % 15 === 0) socket = connect();
      const answer = (await socket.timeout(5_000).emitWithAck(event, ...args)) as unknown;
      const where = `${budget.replay}: ${JSON.stringify([event, ...args]).slice(0, 200)}`;
      expect(answer, where).toSatisfy(
        (ack: { ok?: unknown; error?: { code?: unknown; message?: unknown } }) =>
          ack.ok === true ||
          (ack.ok === false &&
            typeof ack.error?.message === 'string' &&
            typeof ack.error.code === 'string' &&
            ack.error.code !== 'internal'),
      );
    }
    expect(calls).toBeGreaterThan(0);
    expect((await fetch(`${server.origin}/healthz`)).status).toBe(200);
    expect(await connect().emitWithAck(c.events[0]!, c.payload(ids, undefined))).toEqual({
      ok: true,
    });
  });
});
