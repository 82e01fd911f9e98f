// Store, then relay. Updates that arrive in the same tick, across all documents, are written
// in one transaction; only when it has committed are they applied to the live documents,
// relayed to the other people in each room, and acknowledged to their senders. An update that
// repeats what the document has (sent again) is only acknowledged, in turn: what it repeats was
// stored by then, or is in this batch. If a batch fails, whoever sent an update after it to one
// of its documents is closed too, since what they sent may repeat what was not stored.
import type { Logger } from 'pino';
import { CloseCode } from '@roundtable/shared/protocol/collab';
import type { ClientAuthor, UpdateLog } from '../storage/ports.ts';
import { encodeSaved, mergeClocks, type ClockRanges } from './codec.ts';
import type { CollabConnection } from './connection.ts';

/** An update waiting to be stored, and the room that takes it once it is (a DocumentRoom). */
export interface PendingCommit {
  room: {
    readonly documentId: string;
    commit(update: Uint8Array, origin: CollabConnection | null, authors: ClientAuthor[]): void;
    notStored(update: Uint8Array): void;
  };
  origin: CollabConnection | null;
  update: Uint8Array;
  clocks: ClockRanges;
  /** Client ids first seen in this update, and the person whose connection sent them. */
  authors: ClientAuthor[];
  /** performance.now() when the update arrived, for the fan-out latency metric. */
  receivedAt: number;
  /** Nothing in it was new to the document: not stored, not relayed, only acknowledged. */
  unchanged?: true;
}

export interface PersistQueueOptions {
  log: UpdateLog;
  logger: Logger;
  /** Observes how long each batch took to store, for metrics. */
  onStored?: (batchSize: number, seconds: number) => void;
  /** Observes the time from an update's arrival to its relay. */
  onRelayed?: (seconds: number) => void;
}

export class PersistQueue {
  private pending: PendingCommit[] = [];
  private scheduled = false;
  private flushing: Promise<void> | undefined;
  private readonly options: PersistQueueOptions;

  constructor(options: PersistQueueOptions) {
    this.options = options;
  }

  enqueue(commit: PendingCommit): void {
    this.pending.push(commit);
    this.schedule();
  }

  /** Resolves when everything enqueued so far is stored and relayed. */
  async drain(): Promise<void> {
    while (this.flushing || this.pending.length > 0) {
      if (this.flushing) await this.flushing;
      else await this.flush();
    }
  }

  private schedule(): void {
    if (this.scheduled || this.flushing) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (!this.flushing) {
        this.flush().catch((error: unknown) => {
          this.options.logger.error({ err: error }, 'storing and relaying updates failed');
        });
      }
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    this.flushing = this.store(batch);
    try {
      await this.flushing;
    } finally {
      this.flushing = undefined;
      if (this.pending.length > 0) this.schedule();
    }
  }

  private async store(batch: PendingCommit[]): Promise<void> {
    const started = performance.now();
    const stored = batch.filter((pending) => !pending.unchanged);
    try {
      if (stored.length > 0) {
        await this.options.log.appendUpdates(
          stored.map(({ room, update, authors }) => ({
            documentId: room.documentId,
            update,
            authors,
          })),
        );
      }
    } catch (error) {
      this.options.logger.error({ err: error, updates: batch.length }, 'storing updates failed');
      this.refuse(batch);
      return;
    }
    if (stored.length > 0)
      this.options.onStored?.(stored.length, (performance.now() - started) / 1000);
    const acks = new Map<CollabConnection, ClockRanges>();
    const relayedAt = performance.now();
    for (const { room, origin, update, clocks, authors, receivedAt, unchanged } of batch) {
      if (!unchanged) {
        // Never throws: a room whose document fails is closed on its own (see DocumentRoom).
        room.commit(update, origin, authors);
        this.options.onRelayed?.((relayedAt - receivedAt) / 1000);
      }
      if (origin?.wantsAcks) {
        const seen = acks.get(origin);
        if (seen) mergeClocks(seen, clocks);
        else acks.set(origin, new Map(clocks));
      }
    }
    this.acknowledge(acks);
  }

  /**
   * Nothing of the batch was stored, so nothing is applied or relayed. The senders still hold
   * their changes; closing makes them reconnect and send them again. Updates waiting for the next
   * batch in the same documents may repeat what was not stored: they are refused too.
   */
  private refuse(batch: PendingCommit[]): void {
    const rooms = new Set(batch.map(({ room }) => room));
    const after = this.pending.filter(({ room }) => rooms.has(room));
    this.pending = this.pending.filter(({ room }) => !rooms.has(room));
    for (const { room, update } of [...batch, ...after]) room.notStored(update);
    for (const { origin } of [...batch, ...after]) {
      origin?.close(CloseCode.serverError, 'Your change could not be saved yet. Trying again.');
    }
  }

  private acknowledge(acks: Map<CollabConnection, ClockRanges>): void {
    for (const [connection, clocks] of acks) {
      try {
        connection.send(encodeSaved(clocks));
      } catch (error) {
        this.options.logger.warn({ err: error }, 'acknowledging stored updates failed');
      }
    }
  }
}
