// The recruiting channel: Socket.IO namespace /recruiting. A facilitator's "Join requests" page
// watches its workspace and is told, with no personal data, when the queue changed; it then
// reads the queue again over REST (which asks can() again). A person who loses access is
// disconnected (access-closing.ts). Across processes the Socket.IO adapter (Redis) carries the
// notice to every page. Only a signed-in person connects, and every call is checked as /meeting
// checks its calls (event-calls.ts): one payload, then the ack.
import type { Server, Socket } from 'socket.io';
import {
  JOIN_REQUESTS_CHANGED,
  RECRUITING_NAMESPACE,
  recruitingClientEventNames,
  WatchJoinRequests,
} from '@roundtable/shared/protocol/recruiting';
import { credentialsOf } from '../edge/credentials.ts';
import { isAllowedOrigin } from '../edge/origin.ts';
import type { AccessEvents } from '../services/access-events.ts';
import type { WorkspaceScope } from '../services/workspace-scope.ts';
import type { SignInService } from '../services/sign-in.ts';
import { ServiceError } from '../services/errors.ts';
import { closeOnAccessChange, signedInData } from './access-closing.ts';
import { badRequest, fail, malformed } from './event-calls.ts';

/** Watch requests one socket may make (a page makes one per connection). */
const MAX_WATCHES = 20;

export const recruitingRoom = (workspaceId: string): string => `recruiting:${workspaceId}`;

export interface RecruitingNamespaceOptions {
  io: Server;
  signIn: SignInService;
  scope: WorkspaceScope;
  events: AccessEvents;
  publicUrl: string | undefined;
  /** Registers what to do when a workspace's join requests change. */
  onChanged: (tell: (workspaceId: string) => void) => void;
}

type Answer = (answer: unknown) => void;

const refused = (message: string, code: string) =>
  Object.assign(new Error(message), { data: { code } });

export function attachRecruitingNamespace(options: RecruitingNamespaceOptions): void {
  const nsp = options.io.of(RECRUITING_NAMESPACE);
  const tokenOf = (socket: Socket) =>
    typeof socket.handshake.auth.token === 'string' ? socket.handshake.auth.token : null;
  const authOf = (socket: Socket) =>
    options.signIn.resolve(credentialsOf(socket.request, tokenOf(socket)));

  nsp.use((socket, next) => {
    if (!isAllowedOrigin(socket.request, options.publicUrl)) {
      next(refused('Connections from other websites are not allowed', 'forbidden'));
      return;
    }
    authOf(socket).then(
      (auth) => {
        if (auth.userId === null) return next(refused('Please sign in again', 'unauthorized'));
        socket.data = signedInData(auth, auth.userId);
        next();
      },
      () => next(refused('Please sign in again', 'unauthorized')),
    );
  });

  nsp.on('connection', (socket) => {
    let watches = 0;
    async function watch(payload: unknown): Promise<void> {
      // A page watches one workspace; a socket asking again and again is not a page.
      if (++watches > MAX_WATCHES) throw new ServiceError('rate_limited', 'Too many requests');
      const parsed = WatchJoinRequests.safeParse(payload);
      if (!parsed.success) throw new ServiceError('bad_request', 'Which workspace?');
      const auth = await authOf(socket);
      await options.scope.workspaceFor(auth, parsed.data.workspaceId, 'join-request:answer');
      await socket.join(recruitingRoom(parsed.data.workspaceId));
    }
    socket.onAny((event: unknown, ...args: unknown[]) => {
      const ack = args.at(-1);
      if (typeof ack !== 'function') return;
      const answer = ack as Answer;
      const refusal = malformed(event, args, recruitingClientEventNames);
      if (refusal !== null) {
        answer(badRequest(refusal));
        return;
      }
      watch(args[0]).then(
        () => answer({ ok: true }),
        (error: unknown) => answer(fail(error)),
      );
    });
  });
  closeOnAccessChange(nsp, options.events);
  options.onChanged((workspaceId) => {
    nsp.to(recruitingRoom(workspaceId)).emit(JOIN_REQUESTS_CHANGED, { workspaceId });
  });
}
