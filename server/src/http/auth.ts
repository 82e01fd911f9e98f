// Finds who is asking (session cookie or `Authorization: Bearer <token>`) once per request, and
// spends from their budget: a verified person's own, or (for anyone not signed in, including a
// request whose credential did not check out) their address's. The address is Express's
// `request.ip`, which follows X-Forwarded-For only as far as TRUST_PROXY allows.
import type { Request, RequestHandler, Response } from 'express';
import type { Caller, LimitAnswer, RequestLimits } from '../limits/request-limits.ts';
import { anonymous, type AuthContext } from '../services/auth-context.ts';
import type { SignInService } from '../services/sign-in.ts';
import { credentialsOf } from '../edge/credentials.ts';
import { sendError } from './errors.ts';

const contexts = new WeakMap<Request, AuthContext>();

export function authOf(request: Request): AuthContext {
  return contexts.get(request) ?? anonymous;
}

function callerOf(request: Request): Caller {
  const { userId } = authOf(request);
  return userId !== null
    ? { kind: 'person', userId }
    : { kind: 'address', address: request.ip ?? request.socket.remoteAddress ?? 'unknown' };
}

function refuse(response: Response, answer: LimitAnswer & { ok: false }, message: string): void {
  response.set('Retry-After', String(answer.retryAfterSeconds));
  sendError(response, 'rate_limited', message);
}

export function authenticate(signIn: SignInService, limits: RequestLimits): RequestHandler {
  return async (request, response, next) => {
    try {
      contexts.set(request, await signIn.resolve(credentialsOf(request)));
      const answer = await limits.request(callerOf(request));
      if (!answer.ok) {
        refuse(response, answer, 'Too many requests. Please wait a moment and try again.');
        return;
      }
      next();
    } catch (error) {
      next(error);
    }
  };
}

/**
 * For signing in, joining and setting up: a tighter budget, by address for people not yet
 * signed in, with room for a council meeting room of thirty people behind one address.
 */
export function limitSignIn(limits: RequestLimits): RequestHandler {
  return async (request, response, next) => {
    try {
      const answer = await limits.signInAttempt(callerOf(request));
      if (!answer.ok) {
        refuse(response, answer, 'Too many attempts. Please wait a minute and try again.');
        return;
      }
      next();
    } catch (error) {
      next(error);
    }
  };
}

/** Comments from the public on a consultation: a small budget per address (or person). */
export function limitPublicComments(limits: RequestLimits): RequestHandler {
  return async (request, response, next) => {
    if (request.method !== 'POST') return next();
    try {
      const answer = await limits.publicComment(callerOf(request));
      if (!answer.ok) {
        refuse(
          response,
          answer,
          'You have sent a lot of comments in a short time. Please wait a few minutes and try again.',
        );
        return;
      }
      next();
    } catch (error) {
      next(error);
    }
  };
}
