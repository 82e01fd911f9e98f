// Flow control for one socket, with a fake clock: frames wait (the socket paused) until the room
// opens and while the budget is empty, then go on in order; none is dropped unless closing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TokenBucket } from '../limits/token-bucket.ts';
import { InboundFrames } from './inbound.ts';

function setUp(perSecond: number, burst: number) {
  const socket = { paused: false, pause: vi.fn(), resume: vi.fn() };
  socket.pause.mockImplementation(() => (socket.paused = true));
  socket.resume.mockImplementation(() => (socket.paused = false));
  const delivered: number[] = [];
  const inbound = new InboundFrames<number>({
    socket,
    budget: new TokenBucket({ perSecond, burst, now: () => Date.now() }),
    deliver: (frame) => delivered.push(frame),
  });
  return { socket, delivered, inbound };
}

describe('InboundFrames', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('holds frames, with the socket paused, until the room opens', () => {
    const { socket, delivered, inbound } = setUp(100, 100);
    for (let i = 0; i < 5; i++) inbound.push(i);
    expect(delivered).toEqual([]);
    expect(socket.paused).toBe(true);
    inbound.start();
    expect(delivered).toEqual([0, 1, 2, 3, 4]);
    expect(socket.paused).toBe(false);
  });

  it('slows a sender past its budget and delivers every frame in order', () => {
    const { socket, delivered, inbound } = setUp(10, 3);
    inbound.start();
    for (let i = 0; i < 8; i++) inbound.push(i);
    expect(delivered).toEqual([0, 1, 2]);
    expect(socket.paused).toBe(true);
    vi.advanceTimersByTime(100);
    expect(delivered).toEqual([0, 1, 2, 3]);
    vi.advanceTimersByTime(400);
    expect(delivered).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(socket.paused).toBe(false);
  });

  it('drops what waits when the connection closes, and reads the socket again', () => {
    const { socket, delivered, inbound } = setUp(10, 1);
    inbound.start();
    for (let i = 0; i < 4; i++) inbound.push(i);
    expect(socket.paused).toBe(true);
    inbound.stop();
    inbound.push(9);
    vi.advanceTimersByTime(1000);
    expect(delivered).toEqual([0]);
    expect(socket.paused).toBe(false);
  });

  it('reads nothing more while the output is backed up, and goes on once it drains', () => {
    const socket = { paused: false, pause: vi.fn(), resume: vi.fn() };
    socket.pause.mockImplementation(() => (socket.paused = true));
    socket.resume.mockImplementation(() => (socket.paused = false));
    const delivered: number[] = [];
    let unsent = 0;
    const inbound = new InboundFrames<number>({
      socket,
      budget: new TokenBucket({ perSecond: 1000, burst: 1000, now: () => Date.now() }),
      deliver: (frame) => {
        delivered.push(frame);
        unsent += 10;
      },
      outboundBytes: () => unsent,
      maxOutboundBytes: 5,
      outboundPollMs: 20,
    });
    inbound.start();
    for (let i = 0; i < 4; i++) inbound.push(i);
    expect(delivered).toEqual([0]);
    expect(socket.paused).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(delivered).toEqual([0]);
    unsent = 0;
    vi.advanceTimersByTime(20);
    expect(delivered).toEqual([0, 1]);
    unsent = 0;
    vi.advanceTimersByTime(20);
    unsent = 0;
    vi.advanceTimersByTime(20);
    expect(delivered).toEqual([0, 1, 2, 3]);
    expect(socket.paused).toBe(false);
  });
});
