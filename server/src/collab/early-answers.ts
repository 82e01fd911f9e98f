// A new reader of a document that is still loading may be answered from its stored snapshot, when
// compaction checked it (it builds whole and fits the editor's schema, see
// `mergeIntoCheckedSnapshot`): the reader takes in the text while the server builds its own copy,
// instead of after. Only a snapshot with nothing logged after it, so what the reader is given is
// exactly what the room is then built from; anything the room takes before the reader joins it
// is sent on when it does (`DocumentRoom.join`).
import type { RawData, WebSocket } from 'ws';
import * as Y from 'yjs';
import type { StoredDocumentState } from '../storage/ports.ts';
import { decodeClientMessage, encodeSyncStep2Of, frameBytes } from './codec.ts';
import type { CollabConnection } from './connection.ts';
import type { InboundFrames } from './inbound.ts';
import { KeyedSets } from './keyed-sets.ts';

/**
 * Given the checked snapshot before the document is built from it; resolves once the reader has
 * been answered, or is not to be (the build waits for that, at most `EARLY_ANSWER_WAIT_MS`).
 */
export type EarlyAnswer = (state: Uint8Array) => Promise<void>;

/**
 * Smaller snapshots build in a few milliseconds: not worth waiting for a reader's first message.
 * (Building takes about 0.2 ms a KiB: a 1.5 MiB snapshot of 100,000 edits, 300 ms.)
 */
export const EARLY_ANSWER_MIN_BYTES = 64 * 1024;
/** The longest a load waits for its readers' first messages (about half a round trip). */
export const EARLY_ANSWER_WAIT_MS = 200;

export class EarlyAnswers {
  private readonly waiting = new KeyedSets<EarlyAnswer>();
  /** Connections for a document still signing in: they may become its readers. */
  private readonly arriving = new KeyedSets<object>();
  /** Snapshots read and not yet built: a reader who comes meanwhile is answered at once. */
  private readonly open = new Map<string, OpenSnapshot>();

  constructor(private readonly onError: (error: unknown, documentId: string) => void) {}

  /**
   * A connection for the document is signing in. A load that reads a checked snapshot meanwhile
   * waits for it too (within the same bound), so readers who connect together are all answered
   * early, not only those whose sign-in happened to finish first. Returns a function, safe to call
   * more than once, to say the sign-in is over (once the connection has asked to join, or failed).
   */
  arrive(documentId: string): () => void {
    const leave = this.arriving.add(documentId, {});
    let left = false;
    return () => {
      if (left) return;
      left = true;
      leave();
      this.open.get(documentId)?.changed();
    };
  }

  /** Waits for the document's load to read a checked snapshot; returns a function that stops. */
  wait(documentId: string, answer: EarlyAnswer): () => void {
    const open = this.open.get(documentId);
    if (open) {
      open.add(this.give(answer, open.state, documentId));
      return () => undefined;
    }
    return this.waiting.add(documentId, answer);
  }

  /** The document's load has read storage; it builds the document once this resolves. */
  async read(documentId: string, stored: StoredDocumentState): Promise<void> {
    const [state] = stored.updates;
    if (stored.updates.length !== 1 || !stored.snapshotChecked || !state) return;
    if (state.byteLength < EARLY_ANSWER_MIN_BYTES) return;
    const answers = this.waiting.take(documentId);
    if (answers.length === 0 && !this.arriving.has(documentId)) return;
    const open = new OpenSnapshot(state);
    this.open.set(documentId, open);
    for (const answer of answers) open.add(this.give(answer, state, documentId));
    try {
      await open.settled(EARLY_ANSWER_WAIT_MS, () => this.arriving.has(documentId));
    } finally {
      this.open.delete(documentId);
    }
  }

  /** Never rejects: a reader not answered early is answered by the room. */
  private async give(answer: EarlyAnswer, state: Uint8Array, documentId: string): Promise<void> {
    try {
      await answer(state);
    } catch (error) {
      this.onError(error, documentId);
    }
  }
}

/** A snapshot open to early readers while its document's load waits for them. */
class OpenSnapshot {
  private readonly answering = new Set<Promise<void>>();
  private wake: (() => void) | undefined;

  constructor(readonly state: Uint8Array) {}

  add(answered: Promise<void>): void {
    this.answering.add(answered);
    void answered.then(() => {
      this.answering.delete(answered);
      this.changed();
    });
  }

  changed(): void {
    this.wake?.();
  }

  /** Resolves once every reader given the snapshot has been answered and nobody `stillArriving`,
   * or after `limitMs`, whichever is first. */
  async settled(limitMs: number, stillArriving: () => boolean): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    let timedOut = false;
    const limit = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        timedOut = true;
        resolve();
      }, limitMs);
    });
    try {
      while (!timedOut && (this.answering.size > 0 || stillArriving())) {
        const woken = new Promise<void>((resolve) => {
          this.wake = resolve;
        });
        await Promise.race([woken, limit]);
      }
    } finally {
      this.wake = undefined;
      clearTimeout(timer);
    }
  }
}

export interface EarlyReader {
  connection: CollabConnection;
  /** Its frames, held back until it joins its room. */
  inbound: InboundFrames<{ data: RawData; isBinary: boolean }>;
  socket: Pick<WebSocket, 'once'>;
  /** It has been given the snapshot. */
  onAnswered: () => void;
}

/**
 * The early answer for one connection waiting for its room: given the snapshot, it waits for the
 * connection's first frame and, when that asks for everything, answers it and drops it. `stop`
 * once the connection has joined the room: from then the room answers it.
 */
export function earlyAnswerFor(reader: EarlyReader): { answer: EarlyAnswer; stop: () => void } {
  const { connection, inbound } = reader;
  let stopped = false;
  const answer: EarlyAnswer = (state) =>
    new Promise((resolve) => {
      connection.onClosing(resolve);
      reader.socket.once('close', resolve);
      inbound.whenFrame(() => {
        const first = inbound.peek();
        const fresh = first?.isBinary === true && asksForEverything(first.data);
        if (stopped || !fresh || !connection.isOpen) {
          resolve();
          return;
        }
        inbound.dropFirst();
        // The load waits until it is written: building the document holds the event loop.
        connection.send(encodeSyncStep2Of(state), resolve);
        connection.syncRequested = true;
        reader.onAnswered();
      });
    });
  const stop = (): void => {
    stopped = true;
  };
  return { answer, stop };
}

/** Whether a frame is sync step 1 from a client that holds nothing of the document yet. */
function asksForEverything(data: RawData): boolean {
  try {
    const message = decodeClientMessage(frameBytes(data));
    if (message.kind !== 'sync-step-1') return false;
    return [...Y.decodeStateVector(message.stateVector).values()].every((clock) => clock === 0);
  } catch {
    // Left to the usual path, which closes the connection and says why.
    return false;
  }
}
