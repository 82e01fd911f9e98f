// Opens the meeting connection while a page shows the meeting, and gives components the latest
// view, a way to send commands (with the server's refusal in plain words), and names by id.
import { formerMemberName } from '@roundtable/shared/domain/former-members';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { MeetingCommand } from '@roundtable/shared/domain/meeting/meeting';
import type { MeetingView } from '@roundtable/shared/domain/meeting/view';
import { MeetingConnection, type MeetingSnapshot } from '../../realtime/meeting-socket.ts';

const idle: MeetingSnapshot = { status: { kind: 'connecting' }, view: null, clockOffsetMs: 0 };
const noop = () => () => undefined;

export function useMeetingConnection(meetingId: string): {
  connection: MeetingConnection | null;
  snapshot: MeetingSnapshot;
} {
  const [connection, setConnection] = useState<MeetingConnection | null>(null);
  useEffect(() => {
    const next = new MeetingConnection({ meetingId });
    setConnection(next);
    return () => {
      next.destroy();
      setConnection(null);
    };
  }, [meetingId]);
  const snapshot = useSyncExternalStore(
    connection ? connection.subscribe : noop,
    connection ? connection.getSnapshot : () => idle,
  );
  return { connection, snapshot };
}

export type RunCommand = (command: MeetingCommand) => Promise<boolean>;

/** Sends commands for one part of the page, keeping the last refusal to show there. */
export function useCommand(connection: MeetingConnection | null): {
  run: RunCommand;
  error: string | null;
  clearError: () => void;
} {
  const [error, setError] = useState<string | null>(null);
  const run = useCallback<RunCommand>(
    async (command) => {
      if (!connection) return false;
      const result = await connection.send(command);
      setError(result.ok ? null : result.error.message);
      return result.ok;
    },
    [connection],
  );
  const clearError = useCallback(() => setError(null), []);
  return { run, error, clearError };
}

/** A person's name: from who is here, else from who came earlier. */
export function nameOf(view: MeetingView, userId: string): string {
  return (
    view.roster.find((person) => person.userId === userId)?.name ??
    view.attendance[userId]?.name ??
    formerMemberName(userId) ??
    'Someone who has left'
  );
}

/** Ticks while something is counting down; stops when nothing is. */
export function useNow(active: boolean, everyMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [active, everyMs]);
  return now;
}

export function joinWords(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
