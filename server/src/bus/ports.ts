// Fan-out between server processes. Each process that has a document loaded subscribes to that
// document's channel; an update is stored by the process that received it, then published with
// that process's id, and applied and relayed by the others. A process never hears its own
// messages. With one process, the local bus does nothing.
import type { CommentsNotice } from '@roundtable/shared/protocol/comments';
import type { AccessChange } from '../services/access-events.ts';

export type DocumentMessage =
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  /** A comment thread changed (it is stored already): tell the people in the room. */
  | { kind: 'comments'; notice: CommentsNotice };

export type BusHealth = 'ok' | 'degraded';

export interface FanoutBus {
  readonly processId: string;
  /** Resolves once messages for the document are flowing; the result unsubscribes. */
  subscribe(documentId: string, onMessage: (message: DocumentMessage) => void): Promise<() => void>;
  publish(documentId: string, message: DocumentMessage): void;
  publishAccess(change: AccessChange): void;
  onAccess(listener: (change: AccessChange) => void): void;
  /** Called when the bus comes back after an outage: catch up from storage. */
  onReconnect(listener: () => void): void;
  health(): BusHealth;
  close(): Promise<void>;
}

export class LocalBus implements FanoutBus {
  readonly processId = 'local';
  async subscribe(): Promise<() => void> {
    return () => undefined;
  }
  publish(): void {}
  publishAccess(): void {}
  onAccess(): void {}
  onReconnect(): void {}
  health(): BusHealth {
    return 'ok';
  }
  async close(): Promise<void> {}
}
