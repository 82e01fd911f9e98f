// Live channels follow changes to who may do what: the sockets of a person removed from a
// workspace or erased, of an ended sign-in or of a revoked token are disconnected. The client
// connects again and asks again, with whatever access the person has now.
import type { Namespace } from 'socket.io';
import type { AccessChange } from '../bus/ports.ts';
import type { AccessEvents } from '../services/access-events.ts';
import type { AuthContext } from '../services/auth-context.ts';

/** What a signed-in socket keeps in `socket.data` for this. */
export interface SignedInSocketData {
  userId: string;
  sessionHash: string | null;
  tokenId: string | null;
}

export const signedInData = (auth: AuthContext, userId: string): SignedInSocketData => ({
  userId,
  sessionHash: auth.sessionHash,
  tokenId: auth.tokenId,
});

export function isAffected(
  data: Partial<SignedInSocketData> | undefined,
  change: AccessChange,
): boolean {
  if (!data) return false;
  switch (change.kind) {
    case 'membership':
    case 'person-erased':
      return data.userId === change.userId;
    case 'token-revoked':
      return data.tokenId === change.tokenId;
    case 'sessions-ended':
      return (
        typeof data.sessionHash === 'string' && change.sessionHashes.includes(data.sessionHash)
      );
    default:
      return false;
  }
}

/** Disconnects a namespace's affected sockets on every change; answers the unsubscribe. */
export function closeOnAccessChange(nsp: Namespace, events: AccessEvents): () => void {
  return events.subscribe((change) => {
    for (const socket of nsp.sockets.values()) {
      if (isAffected(socket.data as Partial<SignedInSocketData> | undefined, change)) {
        socket.disconnect(true);
      }
    }
  });
}
