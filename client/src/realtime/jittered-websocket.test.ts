import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createJitteredWebSocket, type WebSocketLike } from './jittered-websocket.ts';

/** A socket that records what happens to it and lets the test drive its events. */
class FakeSocket implements WebSocketLike {
  static made: FakeSocket[] = [];
  binaryType: BinaryType = 'blob';
  readyState = 0;
  protocol = '';
  extensions = '';
  bufferedAmount = 0;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  sent: unknown[] = [];
  closedWith: [number | undefined, string | undefined] | null = null;

  constructor(
    readonly url: string | URL,
    readonly protocols?: string | string[],
  ) {
    FakeSocket.made.push(this);
  }

  send(data: unknown): void {
    this.sent.push(data);
  }

  close(code?: number, reason?: string): void {
    this.closedWith = [code, reason];
  }

  open(): void {
    this.readyState = 1;
    this.onopen?.({ type: 'open' } as Event);
  }

  serverClose(code: number): void {
    this.readyState = 3;
    this.onclose?.({ type: 'close', code, reason: '', wasClean: true } as CloseEvent);
  }
}

function makeClass(random = () => 0.5) {
  return createJitteredWebSocket({
    WebSocketImpl: FakeSocket,
    random,
    minWindowMs: 1000,
    maxWindowMs: 8000,
  });
}

describe('createJitteredWebSocket', () => {
  beforeEach(() => {
    FakeSocket.made = [];
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens the first connection at once', () => {
    const Jittered = makeClass();
    const socket = new Jittered('ws://example.test/collab/doc', ['p']);
    expect(FakeSocket.made).toHaveLength(1);
    expect(FakeSocket.made[0]?.url).toBe('ws://example.test/collab/doc');
    expect(FakeSocket.made[0]?.protocols).toEqual(['p']);
    expect(socket.readyState).toBe(0);
  });

  it('waits a random part of the window before a reconnect', () => {
    const Jittered = makeClass(() => 0.25);
    new Jittered('ws://x/a');
    FakeSocket.made[0]?.open();
    FakeSocket.made[0]?.serverClose(1001);

    const second = new Jittered('ws://x/a');
    expect(FakeSocket.made).toHaveLength(1);
    expect(second.readyState).toBe(0);
    vi.advanceTimersByTime(249);
    expect(FakeSocket.made).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.made).toHaveLength(2);
  });

  it('doubles the window after each failed attempt, up to the ceiling, and resets on open', () => {
    const Jittered = makeClass(() => 0.999);
    const delays: number[] = [];
    new Jittered('ws://x/a');
    for (let i = 0; i < 6; i += 1) {
      FakeSocket.made.at(-1)?.serverClose(1006);
      const before = FakeSocket.made.length;
      new Jittered('ws://x/a');
      let waited = 0;
      while (FakeSocket.made.length === before) {
        vi.advanceTimersByTime(1);
        waited += 1;
      }
      delays.push(waited);
    }
    expect(delays).toEqual([1998, 3996, 7992, 7992, 7992, 7992]);

    FakeSocket.made.at(-1)?.open();
    FakeSocket.made.at(-1)?.serverClose(1001);
    const before = FakeSocket.made.length;
    new Jittered('ws://x/a');
    vi.advanceTimersByTime(998);
    expect(FakeSocket.made.length).toBe(before);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.made.length).toBe(before + 1);
  });

  it('gives each provider its own history', () => {
    const First = makeClass();
    const Second = makeClass();
    new First('ws://x/a');
    new Second('ws://x/b');
    expect(FakeSocket.made).toHaveLength(2);
  });

  it('forwards binaryType, events, send and close to the real socket', () => {
    const Jittered = makeClass();
    const socket = new Jittered('ws://x/a');
    socket.binaryType = 'arraybuffer';
    const real = FakeSocket.made[0];
    expect(real?.binaryType).toBe('arraybuffer');

    const seen: string[] = [];
    socket.onopen = () => seen.push('open');
    socket.onmessage = (event) => seen.push(`message:${String(event.data)}`);
    socket.onerror = () => seen.push('error');
    socket.onclose = (event) => seen.push(`close:${event.code}`);

    real?.open();
    expect(socket.readyState).toBe(1);
    real?.onmessage?.({ data: 'hello' } as MessageEvent);
    socket.send('hi');
    expect(real?.sent).toEqual(['hi']);
    real?.onerror?.({ type: 'error' } as Event);
    socket.close(1000, 'bye');
    expect(real?.closedWith).toEqual([1000, 'bye']);
    real?.serverClose(1000);
    expect(seen).toEqual(['open', 'message:hello', 'error', 'close:1000']);
  });

  it('keeps binaryType set before the delayed socket exists', () => {
    const Jittered = makeClass();
    new Jittered('ws://x/a');
    FakeSocket.made[0]?.serverClose(1006);
    const socket = new Jittered('ws://x/a');
    socket.binaryType = 'arraybuffer';
    vi.runAllTimers();
    expect(FakeSocket.made[1]?.binaryType).toBe('arraybuffer');
  });

  it('closing while waiting makes no socket and reports a close', () => {
    const Jittered = makeClass();
    new Jittered('ws://x/a');
    FakeSocket.made[0]?.serverClose(1006);
    const socket = new Jittered('ws://x/a');
    const codes: number[] = [];
    socket.onclose = (event) => codes.push(event.code);
    socket.close();
    expect(socket.readyState).toBe(3);
    vi.runAllTimers();
    expect(FakeSocket.made).toHaveLength(1);
    expect(codes).toEqual([1006]);
    expect(() => socket.send('x')).toThrow(/not open/);
  });
});
