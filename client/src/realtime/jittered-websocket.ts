// A WebSocket stand-in for y-websocket's `WebSocketPolyfill` option that waits a random time
// before each reconnect. The stock provider backs off exponentially but without jitter, so when
// a server restarts every browser would come back in the same instant. The first connection
// opens at once; each later one waits a random part of a window that doubles with every
// connection that failed before it opened, up to a ceiling.

/** The parts of the browser's WebSocket constructor this wrapper uses. */
export interface WebSocketLike {
  binaryType: BinaryType;
  readonly readyState: number;
  readonly protocol: string;
  readonly extensions: string;
  readonly bufferedAmount: number;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  send(data: string | ArrayBufferLike | Blob | ArrayBufferView): void;
  close(code?: number, reason?: string): void;
}

export type WebSocketConstructorLike = new (
  url: string | URL,
  protocols?: string | string[],
) => WebSocketLike;

export interface JitterTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface JitterOptions {
  /** The real WebSocket class (the browser's, or a fake in tests). */
  WebSocketImpl: WebSocketConstructorLike;
  /** A number in [0, 1); `Math.random` in the browser. */
  random: () => number;
  /** The jitter window for the first reconnect after a good connection, in ms. */
  minWindowMs?: number;
  /** The largest jitter window, in ms. */
  maxWindowMs?: number;
  timers?: JitterTimers;
}

const CONNECTING = 0;
const OPEN = 1;
const CLOSING = 2;
const CLOSED = 3;

/** Failures and first-connection state shared by the sockets of one provider. */
class ReconnectHistory {
  private attempts = 0;
  private failuresSinceOpen = 0;

  constructor(
    private readonly random: () => number,
    private readonly minWindowMs: number,
    private readonly maxWindowMs: number,
  ) {}

  /** How long the next socket should wait before it opens. */
  nextDelay(): number {
    this.attempts += 1;
    if (this.attempts === 1) return 0;
    const window = Math.min(this.maxWindowMs, this.minWindowMs * 2 ** this.failuresSinceOpen);
    return Math.floor(this.random() * window);
  }

  opened(): void {
    this.failuresSinceOpen = 0;
  }

  failed(): void {
    this.failuresSinceOpen = Math.min(this.failuresSinceOpen + 1, 30);
  }
}

/**
 * Makes a WebSocket class for one provider. Each provider needs its own class, because the
 * class remembers whether it has connected before and how many attempts failed.
 */
export function createJitteredWebSocket(options: JitterOptions): WebSocketConstructorLike & {
  readonly CONNECTING: number;
  readonly OPEN: number;
  readonly CLOSING: number;
  readonly CLOSED: number;
} {
  const {
    WebSocketImpl,
    random,
    minWindowMs = 500,
    maxWindowMs = 8000,
    timers = {
      setTimeout: (callback: () => void, ms: number) => globalThis.setTimeout(callback, ms),
      clearTimeout: (handle: unknown) =>
        globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
    },
  } = options;
  const history = new ReconnectHistory(random, minWindowMs, maxWindowMs);

  return class JitteredWebSocket implements WebSocketLike {
    static readonly CONNECTING = CONNECTING;
    static readonly OPEN = OPEN;
    static readonly CLOSING = CLOSING;
    static readonly CLOSED = CLOSED;
    readonly CONNECTING = CONNECTING;
    readonly OPEN = OPEN;
    readonly CLOSING = CLOSING;
    readonly CLOSED = CLOSED;

    onopen: ((event: Event) => void) | null = null;
    onmessage: ((event: MessageEvent) => void) | null = null;
    onclose: ((event: CloseEvent) => void) | null = null;
    onerror: ((event: Event) => void) | null = null;

    readonly url: string;
    private socket: WebSocketLike | null = null;
    private pendingBinaryType: BinaryType = 'blob';
    private timer: unknown = null;
    private closedBeforeOpening = false;
    private hasOpened = false;

    constructor(
      url: string | URL,
      private readonly protocols?: string | string[],
    ) {
      this.url = String(url);
      const delay = history.nextDelay();
      if (delay <= 0) {
        this.openNow();
      } else {
        this.timer = timers.setTimeout(() => {
          this.timer = null;
          this.openNow();
        }, delay);
      }
    }

    get binaryType(): BinaryType {
      return this.socket ? this.socket.binaryType : this.pendingBinaryType;
    }

    set binaryType(value: BinaryType) {
      this.pendingBinaryType = value;
      if (this.socket) this.socket.binaryType = value;
    }

    get readyState(): number {
      if (this.socket) return this.socket.readyState;
      return this.closedBeforeOpening ? CLOSED : CONNECTING;
    }

    get protocol(): string {
      return this.socket?.protocol ?? '';
    }

    get extensions(): string {
      return this.socket?.extensions ?? '';
    }

    get bufferedAmount(): number {
      return this.socket?.bufferedAmount ?? 0;
    }

    send(data: string | ArrayBufferLike | Blob | ArrayBufferView): void {
      if (!this.socket) {
        // The browser's WebSocket throws the same way when it is still connecting.
        throw new Error('InvalidStateError: the connection is not open yet');
      }
      this.socket.send(data);
    }

    close(code?: number, reason?: string): void {
      if (this.socket) {
        this.socket.close(code, reason);
        return;
      }
      if (this.closedBeforeOpening) return;
      // Closed while still waiting out the jitter: no real socket was ever made.
      this.closedBeforeOpening = true;
      if (this.timer !== null) {
        timers.clearTimeout(this.timer);
        this.timer = null;
      }
      history.failed();
      const closeEvent = {
        type: 'close',
        code: code ?? 1006,
        reason: reason ?? '',
        wasClean: false,
      } as unknown as CloseEvent; // a plain object: CloseEvent is not constructible everywhere
      timers.setTimeout(() => this.onclose?.(closeEvent), 0);
    }

    private openNow(): void {
      const socket = new WebSocketImpl(this.url, this.protocols);
      socket.binaryType = this.pendingBinaryType;
      socket.onopen = (event) => {
        this.hasOpened = true;
        history.opened();
        this.onopen?.(event);
      };
      socket.onmessage = (event) => this.onmessage?.(event);
      socket.onerror = (event) => this.onerror?.(event);
      socket.onclose = (event) => {
        if (!this.hasOpened) history.failed();
        this.onclose?.(event);
      };
      this.socket = socket;
    }
  };
}
