// One browser's (or script's) WebSocket in a document room: sending with a guard, closing with
// a documented code, a per-connection message budget, and a keep-alive that notices dead peers.
import type { WebSocket } from 'ws';
import type { CloseCode } from '@roundtable/shared/protocol/collab';
import { TokenBucket } from '../limits/token-bucket.ts';

/** Who opened a connection, and with what credential, so access changes can find it. */
export interface Principal {
  userId: string | null;
  sessionHash: string | null;
  tokenId: string | null;
  workspaceId: string | null;
}

const nobody: Principal = { userId: null, sessionHash: null, tokenId: null, workspaceId: null };

export interface CollabConnectionOptions {
  id: string;
  socket: WebSocket;
  /** The client asked for "saved" acknowledgements (`?acks=1`). */
  wantsAcks: boolean;
  /** False for people who may only read: their updates and awareness are dropped. */
  mayWrite: boolean;
  messagesPerSecond: number;
  now: () => number;
}

export class CollabConnection {
  readonly id: string;
  readonly wantsAcks: boolean;
  /** False for people who may only read; can change while connected (a role change). */
  mayWrite: boolean;
  /** Set once the connection is let in. */
  principal: Principal = nobody;
  /** Awareness client ids this connection has announced, removed when it goes. */
  readonly awarenessIds = new Set<number>();
  private readonly socket: WebSocket;
  private readonly budget: TokenBucket;
  private closed = false;

  constructor(options: CollabConnectionOptions) {
    this.id = options.id;
    this.socket = options.socket;
    this.wantsAcks = options.wantsAcks;
    this.mayWrite = options.mayWrite;
    this.budget = new TokenBucket({
      perSecond: options.messagesPerSecond,
      burst: options.messagesPerSecond * 10,
      now: options.now,
    });
  }

  get isOpen(): boolean {
    return !this.closed && this.socket.readyState === this.socket.OPEN;
  }

  send(frame: Uint8Array): void {
    if (this.isOpen) this.socket.send(frame);
  }

  /** Spends one message from the budget; false when the sender is over its rate. */
  allowMessage(): boolean {
    return this.budget.take();
  }

  close(code: CloseCode, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.close(code, reason);
  }
}
