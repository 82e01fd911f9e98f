// Flow control for one /collab socket. Frames are handed on in the order they arrived, no faster
// than the connection's message budget and its person's byte budget allow, and only once its
// room is open. While a frame waits, the socket is paused: the sender's TCP window fills and its writes slow down, so a fast
// writer (a script importing a document) is slowed, never closed, and every update arrives.
// Frames already read when the socket paused wait here; there are at most a read's worth.
// The same pause holds while the connection's own output is backed up (more than
// maxOutboundBytes not yet sent): a reader that never reads its socket holds at most one large
// answer in memory and cannot make the server do more work for it.
import type { TokenBucket } from '../limits/token-bucket.ts';

/** The part of a ws WebSocket that flow control drives. */
export interface PausableSocket {
  pause(): void;
  resume(): void;
}

export interface InboundFramesOptions<Frame> {
  socket: PausableSocket;
  /** Messages this connection may send. */
  budget: TokenBucket;
  /** A frame's size, charged to the byte budget given to start(). */
  sizeOf: (frame: Frame) => number;
  /** Handles one frame; called in arrival order. */
  deliver: (frame: Frame) => void;
  /** Bytes written to the socket and not yet sent (ws `bufferedAmount`). */
  outboundBytes?: () => number;
  /** Above this many unsent bytes no frame is handed on until the output drains. */
  maxOutboundBytes?: number;
  /** How often a backed-up output is checked again; ws has no drain event. */
  outboundPollMs?: number;
}

export const DEFAULT_MAX_OUTBOUND_BYTES = 4 * 1024 * 1024;
const DEFAULT_OUTBOUND_POLL_MS = 25;

export class InboundFrames<Frame> {
  private readonly waiting: Frame[] = [];
  private next = 0;
  private open = false;
  private bytes: (() => TokenBucket) | undefined;
  /** Frames wait because their sender is over a budget (not because its output is backed up). */
  private overBudget = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private frameArrived: (() => void) | undefined;
  private readonly options: InboundFramesOptions<Frame>;

  constructor(options: InboundFramesOptions<Frame>) {
    this.options = options;
  }

  /** A frame has arrived from the socket. */
  push(frame: Frame): void {
    if (this.stopped) return;
    this.waiting.push(frame);
    const arrived = this.frameArrived;
    this.frameArrived = undefined;
    arrived?.();
    this.drain();
  }

  /** Calls `listener` once a frame waits here: at once if one does, else when one arrives. */
  whenFrame(listener: () => void): void {
    if (this.backlog > 0) listener();
    else this.frameArrived = listener;
  }

  /**
   * The room has loaded: frames may flow. `bytes` gives the sender's byte budget, shared by all
   * their connections (looked up for each frame: a full budget may be forgotten and made anew): a
   * frame waits while it owes, then is charged in full, so a frame of any size passes and a
   * person sends on average no more than the budget's rate.
   */
  start(bytes?: () => TokenBucket): void {
    this.open = true;
    this.bytes = bytes;
    this.drain();
  }

  /**
   * The connection is closing: whatever is waiting, and whatever comes later, is dropped. The
   * socket is read again, so the peer's answer to the close is heard and the socket ends at once.
   */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.waiting.length = 0;
    this.next = 0;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.options.socket.resume();
  }

  /** The oldest frame not yet handed on. */
  peek(): Frame | undefined {
    return this.backlog > 0 ? this.waiting[this.next] : undefined;
  }

  /** Drops the oldest frame not yet handed on (it was answered some other way). */
  dropFirst(): void {
    if (this.backlog === 0) return;
    this.next++;
    this.drain();
  }

  /**
   * Whether frames wait because their sender is over its budget. Its socket is not read
   * meanwhile, so its answers to pings are not seen either: it is not dead for that.
   */
  get slowedDown(): boolean {
    return this.overBudget && !this.stopped;
  }

  /** Frames read from the socket and not yet handed on. */
  get backlog(): number {
    return this.waiting.length - this.next;
  }

  private drain(): void {
    if (this.timer !== undefined) return;
    this.overBudget = false;
    while (this.open && !this.stopped && this.backlog > 0) {
      const backedUp = this.outputBackedUp();
      const bytes = this.bytes?.();
      const wait = backedUp
        ? (this.options.outboundPollMs ?? DEFAULT_OUTBOUND_POLL_MS)
        : Math.max(this.options.budget.msUntilNext(), bytes?.msUntilNext(0) ?? 0);
      if (wait > 0) {
        this.overBudget = !backedUp;
        this.timer = setTimeout(() => {
          this.timer = undefined;
          this.drain();
        }, wait);
        break;
      }
      this.options.budget.take();
      const frame = this.waiting[this.next] as Frame;
      bytes?.charge(this.options.sizeOf(frame));
      this.next++;
      this.options.deliver(frame);
    }
    if (this.stopped) return;
    if (this.backlog > 0) {
      this.options.socket.pause();
      return;
    }
    this.waiting.length = 0;
    this.next = 0;
    this.options.socket.resume();
  }

  private outputBackedUp(): boolean {
    const { outboundBytes } = this.options;
    if (outboundBytes === undefined) return false;
    return outboundBytes() > (this.options.maxOutboundBytes ?? DEFAULT_MAX_OUTBOUND_BYTES);
  }
}
