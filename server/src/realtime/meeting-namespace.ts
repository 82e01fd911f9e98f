// The meeting channel: Socket.IO namespace /meeting. Transport only: it checks who is asking,
// parses every payload with the schemas in shared/protocol/meeting, calls the meeting service
// (which asks can()), and sends each person their own view of the new state. Works across
// processes through the Socket.IO Redis adapter (fetchSockets reaches every process).
import type { Namespace, Server, Socket } from 'socket.io';
import type { Logger } from 'pino';
import { viewFor, type RosterEntry, type Viewer } from '@roundtable/shared/domain/meeting/view';
import type { MeetingState } from '@roundtable/shared/domain/meeting/meeting';
import { refusal, standingIn } from '@roundtable/shared/domain/policy';
import {
  JoinMeeting,
  MEETING_NAMESPACE,
  MeetingCommandMessage,
  meetingClientEventNames,
  type Ack,
  type MeetingClientEvents,
  type MeetingServerEvents,
} from '@roundtable/shared/protocol/meeting';
import type { z } from 'zod';
import { credentialsOf } from '../edge/credentials.ts';
import { isAllowedOrigin } from '../edge/origin.ts';
import { createLimiter, type LimiterStore } from '../limits/limiter-store.ts';
import { spend } from '../limits/request-limits.ts';
import type { AccessEvents } from '../services/access-events.ts';
import type { AuthContext } from '../services/auth-context.ts';
import { ServiceError } from '../services/errors.ts';
import type { MeetingService } from '../services/meetings.ts';
import type { SignInService } from '../services/sign-in.ts';
import type { PeopleStore } from '../storage/identity-ports.ts';

/** Serializable, so that other processes can read it through the adapter. */
interface SocketData {
  userId: string;
  name: string;
  colour: string;
  sessionHash: string | null;
  tokenId: string | null;
  /** Per meeting joined: how this person sees it and appears in its roster. */
  viewers: Record<string, Viewer & { role: RosterEntry['role'] }>;
}

type MeetingSocket = Socket<
  MeetingClientEvents,
  MeetingServerEvents,
  Record<string, never>,
  SocketData
>;
type MeetingNamespace = Namespace<
  MeetingClientEvents,
  MeetingServerEvents,
  Record<string, never>,
  SocketData
>;

export const meetingRoom = (meetingId: string): string => `meeting:${meetingId}`;
const auths = new WeakMap<MeetingSocket, AuthContext>();

export interface MeetingNamespaceOptions {
  io: Server;
  meetings: MeetingService;
  signIn: SignInService;
  identity: PeopleStore;
  events: AccessEvents;
  publicUrl: string | undefined;
  logger: Logger;
  now: () => Date;
  onCommand?: (type: string) => void;
  /** Where meeting command budgets are counted (Redis when several processes share them). */
  limiterStore: LimiterStore;
}

function fail(error: unknown): Ack<never> {
  if (error instanceof ServiceError)
    return { ok: false, error: { code: error.code, message: error.message } };
  return {
    ok: false,
    error: { code: 'internal', message: 'Something went wrong. Please try again.' },
  };
}

function parse<T extends z.ZodType>(schema: T, payload: unknown): z.infer<T> {
  const result = schema.safeParse(payload);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new ServiceError(
    'bad_request',
    issue ? `${issue.path.join('.') || 'message'}: ${issue.message}` : 'Invalid message',
  );
}

export function attachMeetingNamespace(options: MeetingNamespaceOptions): () => void {
  const { meetings, signIn, identity, logger } = options;
  const nsp = options.io.of(MEETING_NAMESPACE) as MeetingNamespace;
  // Per person, across every process: 60 commands in any 6 seconds.
  const perPerson = createLimiter(options.limiterStore, {
    name: 'meeting-command',
    points: 60,
    durationSeconds: 6,
  });

  // The handler catches everything it can throw, so its promise never rejects.
  nsp.use((socket, next) => void admitSocket(socket, next));
  async function admitSocket(socket: MeetingSocket, next: (error?: Error) => void): Promise<void> {
    try {
      if (!isAllowedOrigin(socket.request, options.publicUrl)) {
        next(
          Object.assign(new Error('Connections from other websites are not allowed'), {
            data: { code: 'forbidden' },
          }),
        );
        return;
      }
      const token =
        typeof socket.handshake.auth.token === 'string' ? socket.handshake.auth.token : null;
      const auth = await signIn.resolve(credentialsOf(socket.request, token));
      const user = auth.userId ? await identity.getUser(auth.userId) : undefined;
      if (!user) {
        next(Object.assign(new Error('Please sign in again'), { data: { code: 'unauthorized' } }));
        return;
      }
      auths.set(socket, auth);
      socket.data = {
        userId: user.id,
        name: user.name,
        colour: user.colour,
        sessionHash: auth.sessionHash,
        tokenId: auth.tokenId,
        viewers: {},
      };
      next();
    } catch (error) {
      next(error instanceof Error ? error : new Error('sign-in failed'));
    }
  }

  /** Sends every person in the meeting, on every process, their own view of it. */
  /** Sends everyone their view; returns the roster it used. */
  async function broadcast(state: MeetingState): Promise<RosterEntry[]> {
    const sockets = await nsp.in(meetingRoom(state.id)).fetchSockets();
    const people = rosterOf(
      sockets.map((s) => s.data),
      state.id,
    );
    const now = options.now().getTime();
    for (const s of sockets) {
      const viewer = s.data.viewers?.[state.id];
      if (viewer) s.emit('meeting:state', viewFor(state, viewer, people, now));
    }
    return people;
  }

  /** When a meeting starts, everyone already waiting in it is marked as attending. */
  async function markEveryoneHere(state: MeetingState): Promise<MeetingState> {
    let current = state;
    const sockets = await nsp.in(meetingRoom(state.id)).fetchSockets();
    for (const person of rosterOf(
      sockets.map((s) => s.data),
      state.id,
    )) {
      current = await meetings.attend(state.id, person.userId, person.name);
    }
    return current;
  }

  nsp.on('connection', (socket: MeetingSocket) => {
    const auth = auths.get(socket)!;
    const log = logger.child({ socketId: socket.id });
    const limited = async (): Promise<boolean> => !(await spend(perPerson, socket.data.userId)).ok;

    // Every event sent with an ack gets an answer: an unknown event, or a known one whose ack
    // came where its payload belongs, is told so instead of left waiting.
    socket.onAny((event: unknown, ...args: unknown[]) => {
      const ack = args.at(-1);
      if (typeof ack !== 'function') return;
      const known = (meetingClientEventNames as readonly unknown[]).includes(event);
      if (known && args.length > 1) return;
      const message = known ? 'message: a payload is required' : 'There is no such event';
      (ack as (result: Ack<never>) => void)({ ok: false, error: { code: 'bad_request', message } });
    });

    socket.on('meeting:join', async (payload, ack) => {
      if (typeof ack !== 'function') return;
      try {
        const { meetingId } = parse(JoinMeeting, payload);
        const state = await meetings.get(auth, meetingId);
        const workspaceId = state.workspaceId;
        const role = standingIn(auth.actor, workspaceId);
        // Unreachable after meetings.get let them in, unless the one rule changes.
        if (role === undefined)
          throw new ServiceError('forbidden', refusal(auth.actor, 'meeting:attend').message);
        const viewer = { ...meetings.viewerFor(auth.actor, socket.data.userId, workspaceId), role };
        socket.data.viewers = { ...socket.data.viewers, [meetingId]: viewer };
        await socket.join(meetingRoom(meetingId));
        const current = await meetings.attend(meetingId, socket.data.userId, socket.data.name);
        await broadcast(current);
        const sockets = await nsp.in(meetingRoom(meetingId)).fetchSockets();
        const roster = rosterOf(
          sockets.map((s) => s.data),
          meetingId,
        );
        ack({ ok: true, data: viewFor(current, viewer, roster, options.now().getTime()) });
      } catch (error) {
        ack(fail(error));
      }
    });

    socket.on('meeting:leave', async (payload, ack) => {
      if (typeof ack !== 'function') return;
      try {
        const { meetingId } = parse(JoinMeeting, payload);
        // Resolved first: a meeting this person may not attend is refused, not quietly left.
        await meetings.get(auth, meetingId);
        await socket.leave(meetingRoom(meetingId));
        const { [meetingId]: _left, ...viewers } = socket.data.viewers;
        socket.data.viewers = viewers;
        ack({ ok: true, data: null });
        await broadcast(await meetings.get(auth, meetingId));
      } catch (error) {
        ack(fail(error));
      }
    });

    socket.on('meeting:command', async (payload, ack) => {
      if (typeof ack !== 'function') return;
      if (await limited().catch(() => false)) {
        ack({
          ok: false,
          error: {
            code: 'rate_limited',
            message: 'Too many actions at once. Please wait a moment.',
          },
        });
        return;
      }
      try {
        const { meetingId, command } = parse(MeetingCommandMessage, payload);
        // Taken now: a meeting:leave handled while this command runs must not unseat its answer.
        const viewer = socket.data.viewers[meetingId];
        if (!viewer || !socket.rooms.has(meetingRoom(meetingId))) {
          // A meeting this person may not attend is refused as such (403/404), not as "join".
          await meetings.get(auth, meetingId);
          throw new ServiceError('bad_request', 'Join the meeting first.');
        }
        let state = await meetings.execute(auth, meetingId, command);
        // The kind of command only: its words (needs, notes, reasons) never go in the log.
        log.debug({ meetingId, command: command.type, userId: socket.data.userId }, 'command');
        if (command.type === 'meeting:start') state = await markEveryoneHere(state);
        options.onCommand?.(command.type);
        const roster = await broadcast(state);
        ack({ ok: true, data: viewFor(state, viewer, roster, options.now().getTime()) });
      } catch (error) {
        if (!(error instanceof ServiceError)) log.error({ err: error }, 'meeting command failed');
        ack(fail(error));
      }
    });

    socket.on('disconnecting', () => {
      const joined = Object.keys(socket.data.viewers ?? {});
      socket.data.viewers = {};
      setImmediate(() => {
        for (const meetingId of joined) {
          meetings
            .get(auth, meetingId)
            .then(broadcast)
            .catch(() => undefined);
        }
      });
    });
  });

  // Access changes: the affected sockets are disconnected; the client reconnects and joins
  // again with whatever access the person has now.
  return options.events.subscribe((change) => {
    for (const socket of nsp.sockets.values()) {
      const data = socket.data;
      const hit =
        (change.kind === 'membership' && data.userId === change.userId) ||
        (change.kind === 'person-erased' && data.userId === change.userId) ||
        (change.kind === 'token-revoked' && data.tokenId === change.tokenId) ||
        (change.kind === 'sessions-ended' &&
          data.sessionHash !== null &&
          change.sessionHashes.includes(data.sessionHash));
      if (hit) socket.disconnect(true);
    }
  });
}

/** Everyone in a meeting, once each, however many tabs or processes they are on. */
function rosterOf(people: SocketData[], meetingId: string): RosterEntry[] {
  const roster = new Map<string, RosterEntry>();
  for (const p of people) {
    const viewer = p.viewers?.[meetingId];
    if (viewer && !roster.has(p.userId))
      roster.set(p.userId, { userId: p.userId, name: p.name, colour: p.colour, role: viewer.role });
  }
  return [...roster.values()];
}
