// The /collab fuzzer: real updates from Tiptap-like editing sessions, seeded broken copies of
// them (bit flips, inserted and deleted bytes, tampered varints), and seeded changes that put
// into the editor's content what may not fit its schema (random-structure.ts), sent by a member
// through a real server while a well-behaved writer edits with acknowledgements (`?acks=1`).
// Then the server restarts, and every document must load with every acknowledged edit, with
// nothing in the quarantine (every broken update was refused before it was stored), fit the
// editor's schema, and export.
// `FUZZ_SEED=<seed>` replays a run; `npm run fuzz -- --minutes N` runs it longer.
import { afterAll, describe, expect, it, onTestFailed } from 'vitest';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import type { WebSocket } from 'ws';
import { CloseCode, MessageType } from '@roundtable/shared/protocol/collab';
import { fuzzBudget, seededRandom } from '../testing/fuzz-budget.ts';
import {
  appendParagraph,
  connectClient,
  eventually,
  rawSocket,
  whenSynced,
  type TestClient,
} from '../testing/harness.ts';
import { RestartableServer, type RunningServer } from '../testing/restartable.ts';
import { randomStructureBreak } from '../testing/random-structure.ts';
import { decodes, editingSession, mutateUpdate, type Random } from '../testing/yjs-mutations.ts';
import { encodeSync } from './codec.ts';
import { editorSchemaGuard } from '../export/editor-schema-guard.ts';

const budget = fuzzBudget(14_000);
const guard = editorSchemaGuard();
const DOCUMENTS = 2;

/** A well-behaved writer: the stock provider, plus the "saved" acknowledgements it asked for. */
interface Writer {
  client: TestClient;
  /** Markers of edits the server has acknowledged as stored. */
  acknowledged: Set<string>;
  sent: { marker: string; clock: number }[];
}

function connectWriter(running: RunningServer, documentId: string): Writer {
  const client = connectClient(running.wsOrigin, documentId, {
    token: running.adminToken,
    acks: '1',
  });
  const writer: Writer = { client, acknowledged: new Set(), sent: [] };
  const { messageHandlers } = client.provider;
  messageHandlers[MessageType.saved] = (_encoder, decoder) => {
    const count = decoding.readVarUint(decoder);
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      if (clientId !== client.doc.clientID) continue;
      for (const edit of writer.sent) if (edit.clock <= clock) writer.acknowledged.add(edit.marker);
    }
  };
  messageHandlers[MessageType.status] = () => undefined;
  messageHandlers[MessageType.comments] = () => undefined;
  return writer;
}

function writeEdit(writer: Writer, marker: string): void {
  appendParagraph(writer.client.doc, marker);
  writer.sent.push({
    marker,
    clock: Y.getState(writer.client.doc.store, writer.client.doc.clientID),
  });
}

/**
 * Sends frames on one connection, then a sync step 1: the answer (step 2) means every frame
 * before it was handled without closing. Resolves with the close code, or null if still open.
 */
async function sendBurst(
  running: RunningServer,
  documentId: string,
  frames: Uint8Array[],
): Promise<number | null> {
  let answered: () => void = () => undefined;
  const answer = new Promise<void>((resolve) => {
    answered = resolve;
  });
  const socket: WebSocket = await rawSocket(
    running.wsOrigin,
    `/collab/${documentId}?token=${running.adminToken}`,
    (frame) => {
      const decoder = decoding.createDecoder(new Uint8Array(frame));
      if (decoding.readVarUint(decoder) !== MessageType.sync) return;
      if (decoding.readVarUint(decoder) === 1) answered();
    },
  );
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  for (const frame of frames) socket.send(frame);
  socket.send(encodeSync(0, Y.encodeStateVector(new Y.Doc())));
  const outcome = await Promise.race([closed, answer.then(() => null)]);
  socket.close();
  return outcome;
}

describe('/collab under broken updates', () => {
  // Bursts of connections from one token, faster than a person opens them: not what is tested.
  const server = new RestartableServer({ COLLAB_CONNECTS_PER_SECOND: '100000' });
  const clients: TestClient[] = [];
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.dispose();
  });

  it(
    'stays up, refuses every broken update before storing it, and loses no acknowledged edit',
    async () => {
      onTestFailed(() => console.error(`collab fuzzer failed: ${budget.replay}`));
      const random: Random = seededRandom(budget.seed);
      const pick = (n: number): number => Math.floor(random() * n);
      let running = await server.start();
      const documents: string[] = [];
      const writers: Writer[] = [];
      for (let i = 0; i < DOCUMENTS; i++) {
        const { id } = await running.api.createDocument(`Fuzzed ${i}`);
        documents.push(id);
        const writer = connectWriter(running, id);
        clients.push(writer.client);
        writers.push(writer);
        await whenSynced(writer.client);
      }
      // The attacker's own session, per document: sent whole and in order (so the server holds
      // the items broken copies name) interleaved with broken copies of its updates.
      const sessions = documents.map(() => editingSession(random, 400));
      const nextGood = documents.map(() => 0);
      /** The attacker's own document: its session as far as it has been sent. */
      const attackerDocs = documents.map(() => new Y.Doc());

      const closes = new Map<number, number>();
      let sent = 0;
      let decodable = 0;
      let structural = 0;
      const deadline = Date.now() + budget.ms;
      /** One burst of frames for one document, drawn from the seeded generator. */
      const drawBurst = (): { which: number; frames: Uint8Array[] } => {
        const which = pick(DOCUMENTS);
        const session = sessions[which]!;
        const frames: Uint8Array[] = [];
        const good = Math.min(nextGood[which]!, session.length - 1);
        const frameCount = 1 + pick(3);
        for (let i = 0; i < frameCount; i++) {
          if (random() < 0.3 && nextGood[which]! < session.length) {
            frames.push(encodeSync(2, session[nextGood[which]!]!));
            Y.applyUpdate(attackerDocs[which]!, session[nextGood[which]!]!);
            nextGood[which]! += 1;
            continue;
          }
          if (random() < 0.25) {
            const state = Y.encodeStateAsUpdate(attackerDocs[which]!);
            frames.push(encodeSync(2, randomStructureBreak(state, random)));
            structural++;
            continue;
          }
          // Broken copies of updates the server already holds or is about to get.
          const base = session[pick(good + 2)] ?? session[good]!;
          let broken = mutateUpdate(base, random);
          // Most mutations do not even decode; half the time, keep mutating until one does.
          for (let tries = 0; random() < 0.5 && !decodes(broken) && tries < 20; tries++) {
            broken = mutateUpdate(base, random);
          }
          if (decodes(broken)) decodable++;
          frames.push(random() < 0.1 ? broken : encodeSync(2, broken));
        }
        return { which, frames };
      };
      while (Date.now() < deadline) {
        // A few connections at once; what each sends is fixed by the seed.
        const bursts = [drawBurst(), drawBurst(), drawBurst()];
        const outcomes = await Promise.all(
          bursts.map(({ which, frames }) => sendBurst(running, documents[which]!, frames)),
        );
        for (const outcome of outcomes) {
          if (outcome !== null) closes.set(outcome, (closes.get(outcome) ?? 0) + 1);
        }
        for (const { which, frames } of bursts) {
          sent += frames.length;
          if (random() < 0.2) writeEdit(writers[which]!, `edit-${which}-${sent}`);
        }
      }
      // 4403: a suggestion in another person's name.
      const expected: number[] = [
        CloseCode.malformed,
        CloseCode.tryAgainLater,
        CloseCode.forbidden,
      ];
      expect(
        [...closes.keys()].filter((code) => !expected.includes(code)),
        budget.replay,
      ).toEqual([]);
      if (process.env.FUZZ_VERBOSE) {
        console.info({ sent, decodable, structural, closes: [...closes] });
      }
      expect(sent, budget.replay).toBeGreaterThan(100);
      expect(decodable, budget.replay).toBeGreaterThan(10);
      expect(structural, budget.replay).toBeGreaterThan(10);

      // Every edit the writers made is acknowledged, and a fresh reader sees what they see.
      for (const [index, writer] of writers.entries()) {
        writeEdit(writer, `last-${index}`);
        await eventually(
          () => expect(writer.acknowledged.size, budget.replay).toBe(writer.sent.length),
          20_000,
        );
      }
      const seen = writers.map((writer) => writer.client.text());
      for (const writer of writers) writer.client.destroy();

      running = await server.restart();
      for (const [index, documentId] of documents.entries()) {
        expect(await running.store.updates.listQuarantined(documentId), budget.replay).toEqual([]);
        const reader = connectClient(running.wsOrigin, documentId, { token: running.adminToken });
        clients.push(reader);
        await whenSynced(reader);
        for (const marker of writers[index]!.acknowledged) {
          expect(reader.text(), `${marker}, ${budget.replay}`).toContain(marker);
        }
        expect(reader.text(), budget.replay).toBe(seen[index]);
        expect(guard.checkAll(reader.doc).problem, budget.replay).toBeNull();
        const exported = await fetch(
          `${running.origin}/api/documents/${documentId}/export?format=md`,
          { headers: { authorization: `Bearer ${running.adminToken}` } },
        );
        expect(exported.status, budget.replay).toBe(200);
      }
    },
    budget.ms + 60_000,
  );
});
