// Commands that write or watch one long document from the first editor: replaying an editing
// trace, many one-character updates, and waiting for the whole text to arrive.
import type { Command, Reply } from '../protocol.ts';
import { nowMs } from '../protocol.ts';
import { loadTrace } from '../trace-file.ts';
import { createPacer } from './pacing.ts';
import { firstClient } from './state.ts';

export function traceWatch(expectedText: string, timeoutMs: number): Promise<Reply> {
  const client = firstClient();
  return new Promise((resolve) => {
    let updates = 0;
    const finish = (ok: boolean): void => {
      clearTimeout(timer);
      client.doc.off('update', onUpdate);
      resolve({
        type: 'trace-watched',
        id: 0,
        ok,
        doneAt: nowMs(),
        length: client.text.length,
        updates,
      });
    };
    const matches = (): boolean =>
      client.text.length === expectedText.length && client.text.toString() === expectedText;
    const onUpdate = (): void => {
      updates += 1;
      if (matches()) finish(true);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    client.doc.on('update', onUpdate);
    if (matches()) finish(true);
  });
}

export async function traceWrite(
  command: Extract<Command, { type: 'trace-write' }>,
): Promise<Reply> {
  const client = firstClient();
  const patches = loadTrace(command.file).patches.slice(0, command.edits);
  const pacer = createPacer(() => client.socket(), command.highWaterBytes);
  client.resetCounters();
  const startedAt = nowMs();
  for (const [pos, deleted, inserted] of patches) {
    client.doc.transact(() => {
      if (deleted > 0) client.text.delete(pos, deleted);
      if (inserted.length > 0) client.text.insert(pos, inserted);
    });
    const pause = pacer.afterSend();
    if (pause !== undefined) await pause;
  }
  return {
    type: 'trace-written',
    id: 0,
    startedAt,
    finishedAt: nowMs(),
    edits: patches.length,
    maxBufferedBytes: pacer.maxBufferedBytes,
    receivedMessages: client.receivedMessages,
    receivedBytes: client.receivedBytes,
  };
}

/** A small deterministic PRNG (mulberry32), so every run writes the same document. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One-character inserts at random positions, each its own update (no merging of neighbours). */
export async function bulkWrite(command: Extract<Command, { type: 'bulk-write' }>): Promise<Reply> {
  const client = firstClient();
  const random = seededRandom(command.seed);
  const pacer = createPacer(() => client.socket(), command.highWaterBytes);
  const startedAt = nowMs();
  for (let i = 0; i < command.updates; i += 1) {
    const pos = Math.floor(random() * (client.text.length + 1));
    client.text.insert(pos, String.fromCharCode(97 + (i % 26)));
    const pause = pacer.afterSend();
    if (pause !== undefined) await pause;
  }
  return {
    type: 'bulk-written',
    id: 0,
    startedAt,
    finishedAt: nowMs(),
    updates: command.updates,
    text: client.text.toString(),
  };
}
