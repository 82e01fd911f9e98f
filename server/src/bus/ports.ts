// Fan-out between server processes. Each process that has a document loaded subscribes to that
// document's channel; an update is stored by the process that received it, then published with
// that process's id, and applied and relayed by the others. A process never hears its own
// messages. With one process, the local bus does nothing.
import type { CommentsNotice } from '@roundtable/shared/protocol/comments';

export type DocumentMessage =
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  /** A comment thread changed (it is stored already): tell the people in the room. */
  | { kind: 'comments'; notice: CommentsNotice };

/**
 * A change to who may do what, which live connections follow at once (services/access-events.ts
 * publishes it; the bus carries it to the other processes).
 */
export type AccessChange =
  | { kind: 'membership'; workspaceId: string; userId: string }
  | { kind: 'sessions-ended'; sessionHashes: string[] }
  | { kind: 'token-revoked'; tokenId: string }
  | { kind: 'person-erased'; userId: string }
  /** A person changed their display name: "Who is here" shows the new one from now on. */
  | { kind: 'person-renamed'; userId: string; name: string }
  /** Nobody may change the document while `reason` is set (an agreement poll is open). */
  | { kind: 'document-lock'; documentId: string; reason: string | null }
  /** A draft went into review (changes only as suggestions), or came out of it (null). */
  | { kind: 'document-review'; documentId: string; reason: string | null }
  /** A workspace's hard words changed: the people with its documents open read them again. */
  | { kind: 'hard-words'; workspaceId: string; actorId: string | null };

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
