// The meeting client: the pure parts (clock correction, queue words, which view is newer), and
// the connection against a real Socket.IO server on port 0 that plays the meeting namespace:
// it joins on connect, joins again after the server drops it, and answers commands.
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { MINUTE_MS } from '@roundtable/shared/domain/meeting/timer';
import { isOlderState, type MeetingView } from '@roundtable/shared/domain/meeting/view';
import type { MeetingClientEvents, MeetingServerEvents } from '@roundtable/shared/protocol/meeting';
import {
  MeetingConnection,
  clockOffset,
  formatClock,
  handWords,
  isNewer,
  timeLeft,
  type MeetingSocket,
} from './meeting-socket.ts';

describe('clock correction', () => {
  it('counts down from the end time by the server’s clock, not ours', () => {
    // Our clock is 3 s behind the server's.
    const offset = clockOffset(10_000, 7_000);
    expect(offset).toBe(3_000);
    const timer = { state: 'running', durationMs: 5 * MINUTE_MS, endsAt: 70_000 } as const;
    expect(timeLeft(timer, 7_000, offset)).toBe(60_000);
    expect(formatClock(timeLeft(timer, 7_000, offset))).toBe('01:00');
  });

  it('rounds up, so 00:00 means the time is really up', () => {
    expect(formatClock(59_001)).toBe('01:00');
    expect(formatClock(1)).toBe('00:01');
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(-5)).toBe('00:00');
  });

  it('shows what is left on a paused timer whatever the clocks say', () => {
    expect(timeLeft({ state: 'paused', durationMs: 1, remainingMs: 90_000 }, 0, 99_999)).toBe(
      90_000,
    );
  });
});

describe('queue words', () => {
  const hands = {
    queue: [
      { userId: 'sam', raisedAt: 1 },
      { userId: 'jo', raisedAt: 2 },
    ],
    speaking: 'kim',
  };
  it('tells each person their place, or that it is their turn', () => {
    expect(handWords(hands, 'sam')).toBe('You are 1st in the queue.');
    expect(handWords(hands, 'jo')).toBe('You are 2nd in the queue.');
    expect(handWords(hands, 'kim')).toBe('It’s your turn.');
    expect(handWords(hands, 'ada')).toBeNull();
  });
});

describe('which view is newer', () => {
  it('keeps a broadcast over an older acknowledgement', () => {
    const older = { serverNow: 1 } as MeetingView;
    const newer = { serverNow: 2 } as MeetingView;
    expect(isNewer(older, newer)).toBe(false);
    expect(isNewer(newer, older)).toBe(true);
    expect(isNewer(older, null)).toBe(true);
  });

  it('keeps the newest stored state when an older one arrives later, whatever its clock', () => {
    const lowered = { revision: 8, serverNow: 1 } as MeetingView;
    const stale = { revision: 7, serverNow: 2 } as MeetingView;
    expect(isOlderState(stale, lowered)).toBe(true);
    expect(isOlderState(lowered, stale)).toBe(false);
    // The same state with a new roster is taken.
    expect(isOlderState({ revision: 8 } as MeetingView, lowered)).toBe(false);
    expect(isOlderState(stale, null)).toBe(false);
  });
});

describe('MeetingConnection', () => {
  let http: HttpServer | undefined;
  let server: Server<MeetingClientEvents, MeetingServerEvents> | undefined;
  let connection: MeetingConnection | undefined;

  afterEach(async () => {
    connection?.destroy();
    await server?.close();
    http?.closeAllConnections();
  });

  function fakeView(meetingId: string, serverNow: number): MeetingView {
    return {
      id: meetingId,
      serverNow,
      roster: [],
      status: { phase: 'scheduled' },
    } as unknown as MeetingView;
  }

  async function start(): Promise<{ url: string; joins: () => number }> {
    http = createServer();
    server = new Server(http, { transports: ['websocket'] });
    let joins = 0;
    server.of('/meeting').on('connection', (socket) => {
      socket.on('meeting:join', (payload, ack) => {
        joins += 1;
        const { meetingId } = payload as { meetingId: string };
        if (meetingId === 'missing') {
          ack({ ok: false, error: { code: 'not_found', message: 'No such meeting' } });
          return;
        }
        ack({ ok: true, data: fakeView(meetingId, Date.now()) });
      });
      socket.on('meeting:command', (payload, ack) => {
        const { meetingId, command } = payload as { meetingId: string; command: { type: string } };
        if (command.type === 'timer:start') {
          ack({ ok: false, error: { code: 'forbidden', message: 'Only facilitators' } });
          return;
        }
        socket.emit('meeting:state', fakeView(meetingId, Date.now() + 1));
        ack({ ok: true, data: fakeView(meetingId, Date.now()) });
      });
    });
    await new Promise<void>((resolve) => http!.listen(0, '127.0.0.1', resolve));
    const { port } = http.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}/meeting`, joins: () => joins };
  }

  function connect(url: string, meetingId: string): MeetingConnection {
    return new MeetingConnection({
      meetingId,
      createSocket: () =>
        io(url, { transports: ['websocket'], autoConnect: false }) as MeetingSocket,
    });
  }

  async function until(check: () => boolean): Promise<void> {
    await expect.poll(check, { timeout: 5_000 }).toBe(true);
  }

  it('joins on connect, sends commands with acks, and joins again after the server drops it', async () => {
    const { url, joins } = await start();
    connection = connect(url, 'm1');
    const c = connection;
    await until(() => c.getSnapshot().status.kind === 'joined');
    expect(c.getSnapshot().view?.id).toBe('m1');

    const ok = await c.send({ type: 'hand:raise' });
    expect(ok.ok).toBe(true);
    const refused = await c.send({ type: 'timer:start' });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Only facilitators' },
    });

    // An access change: the server disconnects the socket; the client comes back and rejoins.
    for (const socket of await server!.of('/meeting').fetchSockets()) socket.disconnect(true);
    await until(() => joins() === 2 && c.getSnapshot().status.kind === 'joined');
  });

  it('stops with plain words when the meeting does not exist', async () => {
    const { url } = await start();
    connection = connect(url, 'missing');
    const c = connection;
    await until(() => c.getSnapshot().status.kind === 'stopped');
    const status = c.getSnapshot().status;
    expect(status.kind === 'stopped' && status.message).toBe(
      'We could not find this meeting. The address may be wrong.',
    );
  });
});
