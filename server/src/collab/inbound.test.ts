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
    sizeOf: (frame: number) => frame,
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

  it("slows a person's connections together once their frames' bytes pass the budget", () => {
    // Frames are their own size here: 100 bytes a second, bursts of 300, shared by two sockets.
    const bytes = new TokenBucket({ perSecond: 100, burst: 300, now: () => Date.now() });
    const first = setUp(1000, 1000);
    const second = setUp(1000, 1000);
    first.inbound.start(() => bytes);
    second.inbound.start(() => bytes);
    first.inbound.push(250);
    second.inbound.push(200); // passes: the budget did not owe; now it owes 150
    second.inbound.push(50);
    first.inbound.push(60);
    expect([...first.delivered, ...second.delivered]).toEqual([250, 200]);
    expect(second.socket.paused).toBe(true);
    expect(first.socket.paused).toBe(true);
    vi.advanceTimersByTime(1400);
    expect(first.delivered).toEqual([250]);
    vi.advanceTimersByTime(200);
    // 1.5 s repays the 150 owed: one waiting frame passes and is charged, the other waits
    // until that is repaid too.
    expect(first.delivered.length + second.delivered.length).toBe(3);
    vi.advanceTimersByTime(700);
    expect(first.delivered).toEqual([250, 60]);
    expect(second.delivered).toEqual([200, 50]);
    expect(first.socket.paused).toBe(false);
    expect(second.socket.paused).toBe(false);
  });

  it('says it is slowing its sender only while frames wait for the budget', () => {
    const { inbound } = setUp(10, 1);
    inbound.start();
    inbound.push(1);
    expect(inbound.slowedDown).toBe(false);
    inbound.push(2);
    // Its socket is not read, so its pongs wait unread: the keepalive must not end it for that.
    expect(inbound.slowedDown).toBe(true);
    vi.advanceTimersByTime(100);
    expect(inbound.slowedDown).toBe(false);
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
      sizeOf: () => 1,
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
