// Who is asking: the actor that can() judges, and the credential they came with (so that
// ending it can close what it opened).
import type { Actor } from '@roundtable/shared/domain/policy';
import { can, refusal, type Action, type Target } from '@roundtable/shared/domain/policy';
import { ServiceError } from './errors.ts';

export interface AuthContext {
  actor: Actor;
  userId: string | null;
  sessionHash: string | null;
  tokenId: string | null;
}

export const anonymous: AuthContext = {
  actor: { kind: 'anonymous' },
  userId: null,
  sessionHash: null,
  tokenId: null,
};

/** Throws 401 or 403 unless the actor may do this. The one gate every channel goes through. */
export function authorize(auth: AuthContext, action: Action, target: Target = {}): void {
  if (can(auth.actor, action, target)) return;
  const { status, message } = refusal(auth.actor, action);
  throw new ServiceError(status === 401 ? 'unauthorized' : 'forbidden', message);
}

/** The signed-in person's id, or 401. */
export function signedIn(auth: AuthContext): string {
  if (auth.userId === null) throw new ServiceError('unauthorized', 'Please sign in first.');
  return auth.userId;
}
