// The recruiting channel: Socket.IO namespace /recruiting. A facilitator's "Join requests" page
// watches its workspace and is told, with no personal data, when the queue changed; it then
// reads the queue again over REST (which asks can() again). Across processes the Socket.IO
// adapter (Redis) carries the notice to every page.
import type { Server } from 'socket.io';
import {
  JOIN_REQUESTS_CHANGED,
  RECRUITING_NAMESPACE,
  WatchJoinRequests,
} from '@roundtable/shared/protocol/recruiting';
import { credentialsOf } from '../edge/credentials.ts';
import { isAllowedOrigin } from '../edge/origin.ts';
import type { WorkspaceScope } from '../services/workspace-scope.ts';
import type { SignInService } from '../services/sign-in.ts';
import { ServiceError } from '../services/errors.ts';

/** Watch requests one socket may make (a page makes one per connection). */
const MAX_WATCHES = 20;

export const recruitingRoom = (workspaceId: string): string => `recruiting:${workspaceId}`;

export interface RecruitingNamespaceOptions {
  io: Server;
  signIn: SignInService;
  scope: WorkspaceScope;
  publicUrl: string | undefined;
  /** Registers what to do when a workspace's join requests change. */
  onChanged: (tell: (workspaceId: string) => void) => void;
}

type Ack = (answer: { ok: true } | { ok: false; error: { code: string; message: string } }) => void;

export function attachRecruitingNamespace(options: RecruitingNamespaceOptions): void {
  const nsp = options.io.of(RECRUITING_NAMESPACE);
  nsp.use((socket, next) => {
    if (!isAllowedOrigin(socket.request, options.publicUrl)) {
      next(new Error('Connections from other websites are not allowed'));
      return;
    }
    next();
  });
  nsp.on('connection', (socket) => {
    const token =
      typeof socket.handshake.auth.token === 'string' ? socket.handshake.auth.token : null;
    let watches = 0;
    socket.on('join-requests:watch', async (payload: unknown, ack: unknown) => {
      const answer: Ack = typeof ack === 'function' ? (ack as Ack) : () => undefined;
      try {
        // A page watches one workspace; a socket asking again and again is not a page.
        if (++watches > MAX_WATCHES) throw new ServiceError('rate_limited', 'Too many requests');
        const parsed = WatchJoinRequests.safeParse(payload);
        if (!parsed.success) throw new ServiceError('bad_request', 'Which workspace?');
        const auth = await options.signIn.resolve(credentialsOf(socket.request, token));
        await options.scope.workspaceFor(auth, parsed.data.workspaceId, 'join-request:answer');
        await socket.join(recruitingRoom(parsed.data.workspaceId));
        answer({ ok: true });
      } catch (error) {
        const known = error instanceof ServiceError;
        answer({
          ok: false,
          error: {
            code: known ? error.code : 'internal',
            message: known ? error.message : 'Something went wrong',
          },
        });
      }
    });
  });
  options.onChanged((workspaceId) => {
    nsp.to(recruitingRoom(workspaceId)).emit(JOIN_REQUESTS_CHANGED, { workspaceId });
  });
}
