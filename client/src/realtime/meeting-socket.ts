// The one typed client for the meeting channel (Socket.IO namespace /meeting). It joins the
// meeting on every (re)connect, connects again after the server dropped it for an access change,
// keeps the latest view of the meeting with the clock difference to the server, and sends
// commands, answering with the server's acknowledgement. The pure parts (clock correction, the
// "your place in the queue" words, which view is newer) are exported for tests.
import { io, type Socket } from 'socket.io-client';
import type { MeetingCommand } from '@roundtable/shared/domain/meeting/meeting';
import { ordinal, placeInQueue, type HandQueue } from '@roundtable/shared/domain/meeting/hands';
import { remainingMs, type Timer } from '@roundtable/shared/domain/meeting/timer';
import { isOlderState, type MeetingView } from '@roundtable/shared/domain/meeting/view';
import {
  MEETING_NAMESPACE,
  type Ack,
  type MeetingClientEvents,
  type MeetingServerEvents,
} from '@roundtable/shared/protocol/meeting';

export type MeetingSocket = Socket<MeetingServerEvents, MeetingClientEvents>;

export type MeetingConnectionStatus =
  | { kind: 'connecting' }
  | { kind: 'joined' }
  | { kind: 'reconnecting' }
  /** The server refused: signed out, no access, or no such meeting. No retrying. */
  | { kind: 'stopped'; code: string; message: string };

export interface MeetingSnapshot {
  status: MeetingConnectionStatus;
  view: MeetingView | null;
  /** Add to Date.now() to get the server's clock. */
  clockOffsetMs: number;
}

/** How far the server's clock is ahead of ours, from a view that just arrived. */
export function clockOffset(serverNow: number, receivedAt: number): number {
  return serverNow - receivedAt;
}

/** What is left on the shared timer, by the server's clock. */
export function timeLeft(timer: Timer, localNow: number, offsetMs: number): number {
  return remainingMs(timer, localNow + offsetMs);
}

/** "04:59", rounding up, so "00:00" appears only when time is really up. */
export function formatClock(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/** What a person is told about their hand, or null when it is down. */
export function handWords(hands: HandQueue, userId: string): string | null {
  if (hands.speaking === userId) return 'It’s your turn.';
  const place = placeInQueue(hands, userId);
  if (place === undefined) return null;
  return `You are ${ordinal(place)} in the queue.`;
}

/** A view from an acknowledgement may be older than one already broadcast. */
export function isNewer(candidate: MeetingView, current: MeetingView | null): boolean {
  return current === null || candidate.serverNow >= current.serverNow;
}

const refusalWords: Record<string, string> = {
  unauthorized: 'You are signed out. Please sign in again to take part.',
  forbidden: 'You do not have permission to be in this meeting.',
  not_found: 'We could not find this meeting. The address may be wrong.',
};

export interface MeetingConnectionOptions {
  meetingId: string;
  /** Makes the socket; tests pass a fake. */
  createSocket?: () => MeetingSocket;
  now?: () => number;
}

function defaultSocket(): MeetingSocket {
  return io(`${window.location.origin}${MEETING_NAMESPACE}`, {
    transports: ['websocket'],
    withCredentials: true,
    autoConnect: false,
    // Spread reconnects out, so a restart does not bring a whole room back in one instant.
    randomizationFactor: 0.5,
  });
}

export class MeetingConnection {
  private readonly socket: MeetingSocket;
  private readonly now: () => number;
  private readonly listeners = new Set<() => void>();
  private snapshot: MeetingSnapshot = {
    status: { kind: 'connecting' },
    view: null,
    clockOffsetMs: 0,
  };
  private destroyed = false;

  constructor(private readonly options: MeetingConnectionOptions) {
    this.now = options.now ?? Date.now;
    this.socket = (options.createSocket ?? defaultSocket)();
    this.socket.on('connect', () => this.join());
    this.socket.on('meeting:state', (view) => this.receive(view));
    this.socket.on('disconnect', (reason) => {
      if (this.destroyed) return;
      if (this.snapshot.status.kind !== 'stopped')
        this.update({ status: { kind: 'reconnecting' } });
      // An access change: Socket.IO does not reconnect by itself after the server's own close.
      if (reason === 'io server disconnect') this.socket.connect();
    });
    this.socket.on('connect_error', (error: Error & { data?: { code?: string } }) => {
      const code = error.data?.code;
      if (code === 'unauthorized' || code === 'forbidden') {
        this.stop(code);
      } else if (this.snapshot.status.kind !== 'stopped') {
        this.update({ status: { kind: 'reconnecting' } });
      }
    });
    this.socket.connect();
  }

  getSnapshot = (): MeetingSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Sends a command; the answer is the server's acknowledgement. */
  send(command: MeetingCommand): Promise<Ack<MeetingView>> {
    if (!this.socket.connected) {
      return Promise.resolve({
        ok: false,
        error: {
          code: 'unavailable',
          message: 'You are not connected right now. Please try again in a moment.',
        },
      });
    }
    return new Promise((resolve) => {
      this.socket
        .timeout(10_000)
        .emit(
          'meeting:command',
          { meetingId: this.options.meetingId, command },
          (error: Error | null, result?: Ack<MeetingView>) => {
            // The acknowledged view has no roster and may be older than a broadcast: the
            // broadcast that follows every change is what updates the screen.
            if (error || !result) {
              resolve({
                ok: false,
                error: {
                  code: 'unavailable',
                  message: 'The meeting did not answer. Please try again.',
                },
              });
            } else {
              resolve(result);
            }
          },
        );
    });
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    if (this.socket.connected) {
      this.socket.emit('meeting:leave', { meetingId: this.options.meetingId }, () => undefined);
    }
    this.socket.removeAllListeners();
    this.socket.disconnect();
    this.listeners.clear();
  }

  private join(): void {
    this.socket.emit('meeting:join', { meetingId: this.options.meetingId }, (result) => {
      if (this.destroyed) return;
      if (!result.ok) {
        this.stop(result.error.code, result.error.message);
        return;
      }
      this.receive(result.data, true);
    });
  }

  private receive(view: MeetingView, fromAck = false): void {
    if (this.destroyed || view.id !== this.options.meetingId) return;
    if (isOlderState(view, this.snapshot.view)) return;
    if (fromAck && !isNewer(view, this.snapshot.view)) {
      this.update({ status: { kind: 'joined' } });
      return;
    }
    const before = this.snapshot.view;
    this.update({
      status: { kind: 'joined' },
      view,
      clockOffsetMs: clockOffset(view.serverNow, this.now()),
    });
    // The server records attendance only when someone joins a live meeting, so people already
    // waiting when it starts join again to be counted in the summary.
    if (before?.status.phase === 'scheduled' && view.status.phase === 'live') this.join();
  }

  private stop(code: string, message?: string): void {
    this.update({
      status: {
        kind: 'stopped',
        code,
        message: refusalWords[code] ?? message ?? 'The meeting could not be opened.',
      },
    });
  }

  private update(change: Partial<MeetingSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of this.listeners) listener();
  }
}
