// The shared timer, stored as an end time (never a ticking counter), so every client counts
// down from the same instant and a restarted server resumes exactly where it was.

export type Timer =
  | { state: 'idle'; durationMs: number }
  | { state: 'running'; durationMs: number; endsAt: number }
  | { state: 'paused'; durationMs: number; remainingMs: number };

export const MINUTE_MS = 60_000;

export const idleTimer = (durationMs: number): Timer => ({ state: 'idle', durationMs });

export function remainingMs(timer: Timer, now: number): number {
  switch (timer.state) {
    case 'idle':
      return timer.durationMs;
    case 'running':
      return Math.max(0, timer.endsAt - now);
    case 'paused':
      return timer.remainingMs;
    default: {
      const unreachable: never = timer;
      return unreachable;
    }
  }
}

export function startTimer(timer: Timer, now: number): Timer {
  if (timer.state === 'running') return timer;
  return { state: 'running', durationMs: timer.durationMs, endsAt: now + remainingMs(timer, now) };
}

export function pauseTimer(timer: Timer, now: number): Timer {
  if (timer.state !== 'running') return timer;
  return { state: 'paused', durationMs: timer.durationMs, remainingMs: remainingMs(timer, now) };
}

export function addMinute(timer: Timer, now: number): Timer {
  switch (timer.state) {
    case 'idle':
      return { ...timer, durationMs: timer.durationMs + MINUTE_MS };
    case 'running':
      // A timer that already ran out starts its extra minute from now.
      return { ...timer, endsAt: Math.max(timer.endsAt, now) + MINUTE_MS };
    case 'paused':
      return { ...timer, remainingMs: timer.remainingMs + MINUTE_MS };
    default: {
      const unreachable: never = timer;
      return unreachable;
    }
  }
}

export const resetTimer = (timer: Timer): Timer => idleTimer(timer.durationMs);

/** The moments announced to screen readers: never every second. */
export const ANNOUNCE_AT_MS = [5 * MINUTE_MS, MINUTE_MS, 0] as const;

/**
 * The announcement points passed between two readings of the time left (a tick, or a jump after
 * a tab slept): announced once each, and never every second.
 */
export function announcementsCrossed(before: number, after: number): number[] {
  return ANNOUNCE_AT_MS.filter((point) => before > point && after <= point);
}

export function announcementFor(point: number): string {
  if (point === 0) return 'Time is up for this item.';
  return point === MINUTE_MS ? '1 minute left.' : `${point / MINUTE_MS} minutes left.`;
}
