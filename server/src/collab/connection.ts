// One browser's (or script's) WebSocket in a document room: who opened it, sending with a
// guard, and closing once with a documented code. (Its inbound flow control is inbound.ts.)
import type { WebSocket } from 'ws';
import { CloseCode } from '@roundtable/shared/protocol/collab';
import { writeFrame, type WireFrame } from './wire-frame.ts';

/** Who opened a connection, and with what credential, so access changes can find it. */
export interface Principal {
  userId: string | null;
  /** The person's display name, what others see in "Who is here" (kept current on a rename). */
  name: string | null;
  sessionHash: string | null;
  tokenId: string | null;
  workspaceId: string | null;
}

const nobody: Principal = {
  userId: null,
  name: null,
  sessionHash: null,
  tokenId: null,
  workspaceId: null,
};

export interface CollabConnectionOptions {
  id: string;
  socket: WebSocket;
  /** The client asked for "saved" acknowledgements (`?acks=1`). */
  wantsAcks: boolean;
  /** False for people who may only read: their updates and awareness are dropped. */
  mayWrite: boolean;
  /**
   * Unsent bytes (a reader that stopped reading) above which others' changes are not queued for
   * it: it is closed, and its client reconnects and syncs afresh. Unbounded if absent.
   */
  maxBehindBytes?: number | undefined;
}

export class CollabConnection {
  readonly id: string;
  readonly wantsAcks: boolean;
  /** False for people who may only read; can change while connected (a role change). */
  mayWrite: boolean;
  /** Set once the connection is let in. */
  principal: Principal = nobody;
  /**
   * Awareness client ids this connection owns: the first it announced. Only it may change or
   * remove their state, and they are removed when it goes.
   */
  readonly awarenessIds = new Set<number>();
  /**
   * Set once it has sent sync step 1 and been answered with everything the room holds. Updates
   * are relayed to it only from then: before, the answer carries them, and a client given
   * updates it cannot place yet merges them over and over (seconds for a busy document).
   */
  syncRequested = false;
  private readonly socket: WebSocket;
  private closed = false;
  private readonly closingHooks: (() => void)[] = [];
  private readonly maxBehindBytes: number;

  constructor(options: CollabConnectionOptions) {
    this.id = options.id;
    this.socket = options.socket;
    this.wantsAcks = options.wantsAcks;
    this.mayWrite = options.mayWrite;
    this.maxBehindBytes = options.maxBehindBytes ?? Number.POSITIVE_INFINITY;
  }

  get isOpen(): boolean {
    return !this.closed && this.socket.readyState === this.socket.OPEN;
  }

  /** `written`, if given, is called once the frame has been handed to the operating system. */
  send(frame: Uint8Array, written?: () => void): void {
    if (this.isOpen) this.socket.send(frame, written);
    else written?.();
  }

  /** Sends a frame built once for everyone in a room (wire-frame.ts). */
  sendFrame(frame: WireFrame): void {
    if (!this.isOpen) return;
    if (this.socket.bufferedAmount > this.maxBehindBytes) {
      this.close(CloseCode.tryAgainLater, 'Too far behind the document: reconnecting');
      return;
    }
    writeFrame(this.socket, frame);
  }

  /** Runs `hook` when the server closes this connection (whoever asks it to). */
  onClosing(hook: () => void): void {
    this.closingHooks.push(hook);
  }

  close(code: CloseCode, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    for (const hook of this.closingHooks) hook();
    this.socket.close(code, fitCloseReason(reason));
  }
}

/** A WebSocket close reason holds at most 123 bytes of UTF-8 (ws throws on more). */
function fitCloseReason(reason: string): string {
  const bytes = Buffer.from(reason);
  if (bytes.byteLength <= 123) return reason;
  // Cut on a character boundary: drop any partial character the cut leaves at the end.
  return (
    bytes
      .subarray(0, 120)
      .toString('utf8')
      .replace(/\uFFFD+$/u, '') + '...'
  );
}
