// What the sign-in routes share: the answer to signing in (the session cookie, and who the
// person now is).
import type { Response } from 'express';
import type { ProfileService } from '../services/profiles.ts';
import type { StartedSession } from '../services/sign-in-sessions.ts';
import { setSessionCookie } from '../edge/cookies.ts';

export type SignedInResponse = ReturnType<typeof signedInResponse>;

export function signedInResponse(options: { profiles: ProfileService; secureCookies: boolean }) {
  return async (response: Response, session: StartedSession) => {
    if (session.secret) {
      setSessionCookie(response, session.secret, {
        maxAgeSeconds: session.maxAgeSeconds,
        secure: options.secureCookies,
      });
    }
    return { status: 200, body: await options.profiles.me(session.userId) };
  };
}
