// The consultation channel: Socket.IO namespace /consultations. A signed-in person watches a
// consultation they may read (the service decides), and hears `consultation:changed` whenever a
// comment comes or is moderated, marked or erased, or it closes; their page then reads it again
// over REST, which shows each person only what they may see. Reaches every process through the
// Socket.IO adapter.
import type { Server, Socket } from 'socket.io';
import {
  CONSULTATION_NAMESPACE,
  type ConsultationClientEvents,
  type ConsultationServerEvents,
} from '@roundtable/shared/protocol/consultations';
import { isValidId } from '@roundtable/shared/protocol/ids';
import { credentialsOf } from '../edge/credentials.ts';
import { isAllowedOrigin } from '../edge/origin.ts';
import type { AuthContext } from '../services/auth-context.ts';
import type { ConsultationService } from '../services/consultations.ts';
import type { SignInService } from '../services/sign-in.ts';

type ConsultationSocket = Socket<ConsultationClientEvents, ConsultationServerEvents>;

export interface ConsultationNamespaceOptions {
  io: Server;
  signIn: SignInService;
  consultations: Pick<ConsultationService, 'details'>;
  publicUrl: string | undefined;
}

const roomOf = (consultationId: string) => `consultation:${consultationId}`;

/** Attaches the namespace; answers a function that tells a consultation's watchers. */
export function attachConsultationNamespace(
  options: ConsultationNamespaceOptions,
): (consultationId: string) => void {
  const nsp = options.io.of(CONSULTATION_NAMESPACE);
  const auths = new WeakMap<ConsultationSocket, AuthContext>();
  nsp.use((socket: ConsultationSocket, next) => {
    if (!isAllowedOrigin(socket.request, options.publicUrl)) {
      next(new Error('Connections from other websites are not allowed'));
      return;
    }
    const token =
      typeof socket.handshake.auth.token === 'string' ? socket.handshake.auth.token : null;
    options.signIn.resolve(credentialsOf(socket.request, token)).then(
      (auth) => {
        if (auth.userId === null) return next(new Error('Please sign in again'));
        auths.set(socket, auth);
        next();
      },
      (error: unknown) => next(error instanceof Error ? error : new Error('sign-in failed')),
    );
  });
  nsp.on('connection', (socket: ConsultationSocket) => {
    socket.on('consultation:watch', (consultationId, ack) => {
      const answer = typeof ack === 'function' ? ack : () => undefined;
      const auth = auths.get(socket);
      if (!auth || typeof consultationId !== 'string' || !isValidId(consultationId)) {
        answer({ ok: false });
        return;
      }
      options.consultations.details(auth, consultationId).then(
        () => {
          void socket.join(roomOf(consultationId));
          answer({ ok: true });
        },
        () => answer({ ok: false }),
      );
    });
  });
  return (consultationId) => {
    nsp.to(roomOf(consultationId)).emit('consultation:changed', { consultationId });
  };
}
