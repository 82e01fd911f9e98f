// The early-answer fuzzer: while a large document that is not open loads, members open it with
// seeded first messages (broken copies of sync step 1, other sync messages, random bytes, text,
// silence) beside an honest new reader. The server must stay up, answer the honest reader with the
// whole document each time, and give early answers only to readers who asked for everything.
// `FUZZ_SEED=<seed>` replays a run; `npm run fuzz -- --minutes N` runs it longer.
import { afterAll, describe, expect, it, onTestFailed } from 'vitest';
import * as decoding from 'lib0/decoding';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { fuzzBudget, seededRandom } from '../testing/fuzz-budget.ts';
import { pick, type Random } from '../testing/fuzz-values.ts';

const below = (random: Random, n: number): number => Math.floor(random() * n);
import { connectClient, eventually, rawSocket, whenSynced } from '../testing/harness.ts';
import {
  LARGE_DOCUMENT_PARAGRAPHS,
  largeStoredDocument,
  paragraphsIn,
} from '../testing/large-stored-document.ts';
import type { RestartableServer } from '../testing/restartable.ts';
import { mutateUpdate } from '../testing/yjs-mutations.ts';
import { encodeSync } from './codec.ts';

const budget = fuzzBudget(6_000);

const askEverything = encodeSync(0, Y.encodeStateVector(new Y.Doc()));

/** One first message, or none (`null`), drawn from the seed. */
function firstMessage(random: Random): Uint8Array | string | null {
  const randomBytes = () =>
    Uint8Array.from({ length: 1 + below(random, 64) }, () => Math.floor(random() * 256));
  const choices: (() => Uint8Array | string | null)[] = [
    () => mutateUpdate(askEverything, random),
    () => encodeSync(0, randomBytes()),
    () => encodeSync(below(random, 4), randomBytes()),
    () => encodeSync(0, Y.encodeStateVector(new Y.Doc({ gc: false }))),
    randomBytes,
    () => 'not a binary frame',
    () => null,
  ];
  return pick(random, choices)();
}

/** Whether a frame is a sync step 2 carrying the whole document. */
function isWholeAnswer(frame: Buffer): boolean {
  try {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== 0 || decoding.readVarUint(decoder) !== 1) return false;
    return paragraphsIn(decoding.readVarUint8Array(decoder)) === LARGE_DOCUMENT_PARAGRAPHS + 1;
  } catch {
    return false;
  }
}

describe('first messages while a large document loads (fuzzed)', () => {
  let server: RestartableServer | undefined;
  afterAll(async () => {
    await server?.dispose();
  });

  it('keeps the server up and the document whole for an honest reader', async () => {
    onTestFailed(() => console.error(`early-answer fuzzer failed: ${budget.replay}`));
    const random = seededRandom(budget.seed);
    // Many openings from one token, faster than a person makes them: not what is tested.
    const stored = await largeStoredDocument({
      UNLOAD_AFTER_MS: '20',
      COLLAB_CONNECTS_PER_SECOND: '100000',
    });
    server = stored.server;
    const running = server.current!;
    const deadline = Date.now() + budget.ms;
    let rounds = 0;
    while (rounds < 2 || Date.now() < deadline) {
      rounds++;
      // Not open: the next reader loads it from its snapshot.
      await eventually(() => expect(running.app.rooms.stats().documentsInMemory).toBe(0));
      const strangers: { socket: WebSocket; sent: Uint8Array | string | null; got: Buffer[] }[] =
        [];
      for (let i = 0; i < 1 + below(random, 3); i++) {
        const got: Buffer[] = [];
        const socket = await rawSocket(
          running.wsOrigin,
          `/collab/${stored.id}?token=${running.adminToken}`,
          (frame) => got.push(frame),
        );
        const sent = firstMessage(random);
        if (sent !== null) socket.send(sent);
        strangers.push({ socket, sent, got });
      }
      const honest = connectClient(running.wsOrigin, stored.id, { token: running.adminToken });
      try {
        await whenSynced(honest);
        expect(honest.doc.getXmlFragment('default').length, budget.replay).toBe(
          LARGE_DOCUMENT_PARAGRAPHS + 1,
        );
      } finally {
        honest.destroy();
      }
      for (const stranger of strangers) {
        // Only a reader who asked for everything may have been given it before anything else.
        const first = stranger.got[0];
        if (first && isWholeAnswer(first)) {
          expect(stranger.sent, budget.replay).toBeInstanceOf(Uint8Array);
          const decoder = decoding.createDecoder(stranger.sent as Uint8Array);
          expect([decoding.readVarUint(decoder), decoding.readVarUint(decoder)]).toEqual([0, 0]);
        }
        stranger.socket.terminate();
      }
    }
    const health = await fetch(`${running.origin}/healthz`);
    expect(health.status).toBe(200);
  });
});
