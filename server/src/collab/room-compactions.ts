// Compacting an open document's log into one snapshot: when the log grows past its bound, and
// when the room unloads. The snapshot is checked as it is made, so a new reader may later be given
// it as it is (early-answers.ts).
import type { Logger } from 'pino';
import type { MergedSnapshot, UpdateLog } from '../storage/ports.ts';
import type { DocumentRoom } from './room.ts';
import type { SchemaGuard } from '../documents/schema-guard.ts';
import { mergeLog } from '../export/document-work.ts';

export interface RoomCompactionsOptions {
  log: Pick<UpdateLog, 'compact'>;
  logger: Logger;
  guard: SchemaGuard;
  /** The merge, checked; in place with `guard` when absent. A long draft's takes seconds, so the
   * server gives one that runs in a thread of its own (services/work-threads.ts). */
  mergeLog?: ((updates: Uint8Array[]) => Promise<MergedSnapshot>) | undefined;
  /** Milliseconds; tests give their own clock. */
  now?: (() => number) | undefined;
}

/** After a compaction failed, the log growing tries again only after this long (unload does at once). */
export const RETRY_COMPACTION_AFTER_MS = 60_000;

export class RoomCompactions {
  private readonly failedAt = new WeakMap<DocumentRoom, number>();
  /** The compaction under way, per room. */
  private readonly current = new Map<DocumentRoom, Promise<void>>();
  /** One more compaction due once the current one ends. */
  private readonly next = new Map<DocumentRoom, Promise<void>>();

  constructor(private readonly options: RoomCompactionsOptions) {}

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  /** The room's log grew past its bound: compacts, unless one is under way (its edits go on) or
   * the last try failed a moment ago (a merge too slow for its thread would otherwise be read and
   * packed again at every edit). */
  grown(room: DocumentRoom): Promise<void> {
    const current = this.current.get(room);
    if (current) return current;
    const failed = this.failedAt.get(room);
    if (failed !== undefined && this.now() - failed < RETRY_COMPACTION_AFTER_MS) {
      return Promise.resolve();
    }
    return this.run(room);
  }

  /**
   * Compacts the room's document; never rejects. When one is under way, once more after it, for
   * what was logged after it read (edits go on while a long merge runs in its thread).
   */
  run(room: DocumentRoom): Promise<void> {
    const current = this.current.get(room);
    if (!current) return this.start(room);
    let next = this.next.get(room);
    if (!next) {
      next = current.then(() => {
        this.next.delete(room);
        return this.start(room);
      });
      this.next.set(room, next);
    }
    return next;
  }

  private start(room: DocumentRoom): Promise<void> {
    const covered = room.logBytes;
    // Deferred a turn, so a compaction never holds up the relay of the batch that triggered it.
    const run = new Promise((resolve) => setImmediate(resolve))
      .then(() => this.options.log.compact(room.documentId, this.merge))
      .then(() => {
        room.logBytes = Math.max(0, room.logBytes - covered);
        this.failedAt.delete(room);
      })
      .catch((error: unknown) => {
        this.failedAt.set(room, this.now());
        // The log still holds every update, so a failed compaction loses nothing.
        this.options.logger.warn({ err: error, documentId: room.documentId }, 'compaction failed');
      })
      .finally(() => this.current.delete(room));
    this.current.set(room, run);
    return run;
  }

  /** Resolves when every compaction under way, and any due after it, has ended. */
  async finished(): Promise<void> {
    while (this.current.size > 0 || this.next.size > 0) {
      await Promise.all([...this.current.values(), ...this.next.values()]);
    }
  }

  private readonly merge = (updates: Uint8Array[]) =>
    this.options.mergeLog?.(updates) ?? mergeLog({ updates }, this.options.guard);
}
