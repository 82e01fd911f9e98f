// The meeting channel: Socket.IO namespace /meeting. Transport only: it checks who is asking,
// has every event's call and payload checked (event-calls.ts, with the schemas in
// shared/protocol/meeting), calls the meeting service
// (which asks can()), and sends each person their own view of the new state. Works across
// processes through the Socket.IO Redis adapter (fetchSockets reaches every process).
import type { Server } from 'socket.io';
import type { Logger } from 'pino';
import { viewFor, type RosterEntry } from '@roundtable/shared/domain/meeting/view';
import type { MeetingState } from '@roundtable/shared/domain/meeting/meeting';
import { refusal, standingIn } from '@roundtable/shared/domain/policy';
import {
  JoinMeeting,
  MEETING_NAMESPACE,
  MeetingCommandMessage,
  WatchBookings,
} from '@roundtable/shared/protocol/meeting';
import { credentialsOf } from '../edge/credentials.ts';
import { isAllowedOrigin } from '../edge/origin.ts';
import { createLimiter, type LimiterStore } from '../limits/limiter-store.ts';
import { spend } from '../limits/request-limits.ts';
import type { AccessEvents } from '../services/access-events.ts';
import { closeOnAccessChange } from './access-closing.ts';
import type { AuthContext } from '../services/auth-context.ts';
import { ServiceError } from '../services/errors.ts';
import type { MeetingService } from '../services/meetings.ts';
import type { SignInService } from '../services/sign-in.ts';
import type { PeopleStore } from '../storage/identity-ports.ts';
import { answerCall, handler, type EventHandlers } from './event-calls.ts';
import { rosterOf, type MeetingNamespace, type MeetingSocket } from './meeting-sockets.ts';
import { retried } from './retried.ts';

export const meetingRoom = (meetingId: string): string => `meeting:${meetingId}`;
const bookingsRoom = (eventId: string): string => `bookings:${eventId}`;
const auths = new WeakMap<MeetingSocket, AuthContext>();

export interface MeetingNamespaceOptions {
  io: Server;
  meetings: MeetingService;
  /** Registers what to do when the server changes a meeting by itself: show it to everyone. */
  changedByServer?: (show: (state: MeetingState) => void) => void;
  signIn: SignInService;
  identity: PeopleStore;
  events: AccessEvents;
  publicUrl: string | undefined;
  logger: Logger;
  now: () => Date;
  onCommand?: (type: string) => void;
  /** Where meeting command budgets are counted (Redis when several processes share them). */
  limiterStore: LimiterStore;
  /** Public events' bookings: who may watch them, and where their changes are heard. */
  bookings?: {
    mayWatch: (auth: AuthContext, eventId: string) => Promise<void>;
    onChanged: (tell: (eventId: string) => void) => void;
  };
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

  /** Sends every person in the meeting, on every process, their own view; returns the roster. */
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

  // Asking the other processes for their sockets can time out on a busy deployment: tried
  // again, so a change the server made by itself is never shown to nobody.
  options.changedByServer?.((state) => void retried(() => broadcast(state), logger, state.id));

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
    const authAtConnect = auths.get(socket)!;
    // Who is asking, as they stand now: a role changed or a membership ended on another
    // process counts from the next event, even before this socket is disconnected.
    const authNow = () =>
      signIn.contextFor(socket.data.userId, {
        sessionHash: socket.data.sessionHash,
        tokenId: socket.data.tokenId,
      });
    const log = logger.child({ socketId: socket.id });
    const limited = async (): Promise<boolean> => !(await spend(perPerson, socket.data.userId)).ok;

    const handlers: EventHandlers = {
      'meeting:join': handler(JoinMeeting, async ({ meetingId }, ack) => {
        const auth = await authNow();
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
      }),

      'meeting:leave': handler(JoinMeeting, async ({ meetingId }, ack) => {
        // Resolved first: a meeting this person may not attend is refused, not quietly left.
        const auth = await authNow();
        await meetings.get(auth, meetingId);
        await socket.leave(meetingRoom(meetingId));
        const { [meetingId]: _left, ...viewers } = socket.data.viewers;
        socket.data.viewers = viewers;
        ack({ ok: true, data: null });
        await broadcast(await meetings.get(auth, meetingId));
      }),

      'meeting:command': handler(MeetingCommandMessage, async ({ meetingId, command }, ack) => {
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
        const auth = await authNow();
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
      }),

      'bookings:watch': handler(WatchBookings, async ({ eventId }, ack) => {
        if (!options.bookings) throw new ServiceError('not_found', 'There is no such event');
        await options.bookings.mayWatch(await authNow(), eventId);
        await socket.join(bookingsRoom(eventId));
        ack({ ok: true, data: null });
      }),
    };
    // Every event is heard here, and only here: its call is checked (one payload, then an ack),
    // its payload parsed, and it is always answered.
    socket.onAny(
      (event: unknown, ...args: unknown[]) =>
        void answerCall(handlers, event, args, (error) =>
          log.error({ err: error, event }, 'meeting event failed'),
        ),
    );

    socket.on('disconnecting', () => {
      const joined = Object.keys(socket.data.viewers ?? {});
      socket.data.viewers = {};
      setImmediate(() => {
        for (const meetingId of joined) {
          meetings
            .get(authAtConnect, meetingId)
            .then(broadcast)
            .catch(() => undefined);
        }
      });
    });
  });

  options.bookings?.onChanged((eventId) =>
    nsp.to(bookingsRoom(eventId)).emit('bookings:changed', { eventId }),
  );

  // Access changes: the affected sockets are disconnected; the client reconnects and joins
  // again with whatever access the person has now.
  return closeOnAccessChange(nsp, options.events);
}
