// The sockets of the /meeting namespace: what each carries (readable by other processes through
// the adapter), and the roster of a meeting made from them.
import type { Namespace, Socket } from 'socket.io';
import type { RosterEntry, Viewer } from '@roundtable/shared/domain/meeting/view';
import type { MeetingClientEvents, MeetingServerEvents } from '@roundtable/shared/protocol/meeting';

/** Serializable, so that other processes can read it through the adapter. */
export interface SocketData {
  userId: string;
  name: string;
  colour: string;
  sessionHash: string | null;
  tokenId: string | null;
  /** Per meeting joined: how this person sees it and appears in its roster. */
  viewers: Record<string, Viewer & { role: RosterEntry['role'] }>;
}

export type MeetingSocket = Socket<
  MeetingClientEvents,
  MeetingServerEvents,
  Record<string, never>,
  SocketData
>;
export type MeetingNamespace = Namespace<
  MeetingClientEvents,
  MeetingServerEvents,
  Record<string, never>,
  SocketData
>;

/** Everyone in a meeting, once each, however many tabs or processes they are on. */
export function rosterOf(people: SocketData[], meetingId: string): RosterEntry[] {
  const roster = new Map<string, RosterEntry>();
  for (const p of people) {
    const viewer = p.viewers?.[meetingId];
    if (viewer && !roster.has(p.userId))
      roster.set(p.userId, { userId: p.userId, name: p.name, colour: p.colour, role: viewer.role });
  }
  return [...roster.values()];
}
