// The consultation channel: Socket.IO namespace /consultations. A signed-in person watches a
// consultation they may read (the service decides), and hears `consultation:changed` whenever a
// comment comes or is moderated, marked or erased, or it closes; their page then reads it again
// over REST, which shows each person only what they may see. Every call is checked as /meeting
// checks its calls (event-calls.ts): one payload, then the ack. A person who loses access is
// disconnected (access-closing.ts). Reaches every process through the Socket.IO adapter.
import type { Server, Socket } from 'socket.io';
import {
  CONSULTATION_NAMESPACE,
  consultationClientEventNames,
  type ConsultationClientEvents,
  type ConsultationServerEvents,
} from '@roundtable/shared/protocol/consultations';
import { isValidId } from '@roundtable/shared/protocol/ids';
import { credentialsOf } from '../edge/credentials.ts';
import { isAllowedOrigin } from '../edge/origin.ts';
import type { AccessEvents } from '../services/access-events.ts';
import type { ConsultationService } from '../services/consultations.ts';
import { ServiceError } from '../services/errors.ts';
import type { SignInService } from '../services/sign-in.ts';
import { closeOnAccessChange, signedInData } from './access-closing.ts';
import { badRequest, fail, malformed } from './event-calls.ts';

type ConsultationSocket = Socket<ConsultationClientEvents, ConsultationServerEvents>;

/** Watch requests one socket may make (a page makes one per connection). */
const MAX_WATCHES = 20;

export interface ConsultationNamespaceOptions {
  io: Server;
  signIn: SignInService;
  consultations: Pick<ConsultationService, 'details'>;
  events: AccessEvents;
  publicUrl: string | undefined;
}

const roomOf = (consultationId: string) => `consultation:${consultationId}`;

const refused = (message: string, code: string) =>
  Object.assign(new Error(message), { data: { code } });

type Answer = (answer: unknown) => void;

/** Attaches the namespace; answers a function that tells a consultation's watchers. */
export function attachConsultationNamespace(
  options: ConsultationNamespaceOptions,
): (consultationId: string) => void {
  const nsp = options.io.of(CONSULTATION_NAMESPACE);
  const tokenOf = (socket: ConsultationSocket) =>
    typeof socket.handshake.auth.token === 'string' ? socket.handshake.auth.token : null;
  const authOf = (socket: ConsultationSocket) =>
    options.signIn.resolve(credentialsOf(socket.request, tokenOf(socket)));

  nsp.use((socket: ConsultationSocket, next) => {
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

  nsp.on('connection', (socket: ConsultationSocket) => {
    let watches = 0;
    async function watch(consultationId: unknown): Promise<void> {
      // A page watches one consultation; a socket asking again and again is not a page.
      if (++watches > MAX_WATCHES) throw new ServiceError('rate_limited', 'Too many requests');
      if (typeof consultationId !== 'string' || !isValidId(consultationId)) {
        throw new ServiceError('bad_request', 'Which consultation?');
      }
      // Asked again for each watch: the person's access may have changed since they connected.
      await options.consultations.details(await authOf(socket), consultationId);
      await socket.join(roomOf(consultationId));
    }
    socket.onAny((event: unknown, ...args: unknown[]) => {
      const ack = args.at(-1);
      if (typeof ack !== 'function') return;
      const answer = ack as Answer;
      const refusal = malformed(event, args, consultationClientEventNames);
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
  return (consultationId) => {
    nsp.to(roomOf(consultationId)).emit('consultation:changed', { consultationId });
  };
}
