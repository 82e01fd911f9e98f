// Finds who is asking (session cookie or `Authorization: Bearer <token>`) once per request, and
// spends from their budget: a verified person's own, or (for anyone not signed in, including a
// request whose credential did not check out) their address's. The address is Express's
// `request.ip`, which follows X-Forwarded-For only as far as TRUST_PROXY allows.
import type { Request, RequestHandler, Response } from 'express';
import type { Caller, LimitAnswer, PublicForm, RequestLimits } from '../limits/request-limits.ts';
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
  return limitBy(
    (caller) => limits.signInAttempt(caller),
    'Too many attempts. Please wait a minute and try again.',
  );
}

/**
 * For the forms anyone may send from a public page (asking to join, booking a place, commenting
 * on a consultation or answering its questions): one
 * budget per address, so one program cannot fill an event or the queue.
 */
export function limitPublicForm(limits: RequestLimits, form: PublicForm): RequestHandler {
  return limitBy(
    (caller) => limits.publicFormAttempt(form, caller),
    form === 'report'
      ? 'This report was downloaded many times from here. Please wait an hour and try again.'
      : 'This form was sent many times from here. Please wait an hour and try again.',
  );
}

/**
 * For a signed-in person changing their own email address (`PATCH /api/me` with an `email`):
 * a small budget of its own, so the "someone else uses it" answer cannot be asked in bulk.
 */
export function limitEmailChange(limits: RequestLimits): RequestHandler {
  const limited = limitBy(
    (caller) => limits.emailChangeAttempt(caller),
    'You have tried to change your email address many times. Please wait an hour and try again.',
  );
  return (request, response, next) => {
    const body: unknown = request.body;
    const changesEmail =
      typeof body === 'object' &&
      body !== null &&
      typeof (body as { email?: unknown }).email === 'string';
    if (changesEmail) void limited(request, response, next);
    else next();
  };
}

function limitBy(
  attempt: (caller: Caller) => Promise<LimitAnswer>,
  message: string,
): RequestHandler {
  return async (request, response, next) => {
    try {
      const answer = await attempt(callerOf(request));
      if (!answer.ok) {
        refuse(response, answer, message);
        return;
      }
      next();
    } catch (error) {
      next(error);
    }
  };
}
