// Finds who is asking (session cookie or `Authorization: Bearer <token>`) once per request,
// with a per-token and per-session budget so that no one credential can flood the server.
import type { IncomingMessage } from 'node:http';
import type { Request, RequestHandler } from 'express';
import { SESSION_COOKIE } from '@roundtable/shared/protocol/access';
import { KeyedLimiter } from '../limits/keyed-limiter.ts';
import { anonymous, type AuthContext } from '../services/auth-context.ts';
import type { SignInService } from '../services/sign-in.ts';
import { readCookie } from './cookies.ts';
import { sendError } from './errors.ts';

const contexts = new WeakMap<Request, AuthContext>();

export function authOf(request: Request): AuthContext {
  return contexts.get(request) ?? anonymous;
}

export function credentialsOf(
  request: IncomingMessage,
  queryToken?: string | null,
): { sessionSecret?: string; apiToken?: string } {
  const header = request.headers.authorization;
  const bearer = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
  const apiToken = bearer || queryToken || undefined;
  if (apiToken) return { apiToken };
  const sessionSecret = readCookie(request, SESSION_COOKIE);
  return sessionSecret ? { sessionSecret } : {};
}

export function authenticate(signIn: SignInService, now: () => number): RequestHandler {
  const perCredential = new KeyedLimiter({ perSecond: 20, burst: 200, now });
  return async (request, response, next) => {
    const credentials = credentialsOf(request);
    const key = credentials.apiToken ?? credentials.sessionSecret;
    if (key !== undefined && !perCredential.take(key)) {
      sendError(response, 'rate_limited', 'Too many requests. Please wait a moment and try again.');
      return;
    }
    contexts.set(request, await signIn.resolve(credentials));
    next();
  };
}

/**
 * For requests made before anyone is signed in (joining, signing in). Keyed by address, with a
 * burst big enough for a council meeting room of thirty people behind one address.
 */
export function limitAnonymous(now: () => number): RequestHandler {
  const perAddress = new KeyedLimiter({ perSecond: 2, burst: 120, now });
  return (request, response, next) => {
    if (!perAddress.take(request.socket.remoteAddress ?? 'unknown')) {
      sendError(response, 'rate_limited', 'Too many attempts. Please wait a minute and try again.');
      return;
    }
    next();
  };
}
