// The session cookie: httpOnly, SameSite=Lax, Secure when PUBLIC_URL is https. Every cookie the
// server sets is named in shared/protocol/cookies.ts, which the cookie statement is made from.
import type { IncomingMessage } from 'node:http';
import type { Response } from 'express';
import { SESSION_COOKIE } from '@roundtable/shared/protocol/access';

export function readCookie(request: IncomingMessage, name: string): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    if (part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

export function setSessionCookie(
  response: Response,
  secret: string,
  options: { maxAgeSeconds: number | undefined; secure: boolean },
): void {
  response.cookie(SESSION_COOKIE, secret, {
    httpOnly: true,
    sameSite: 'lax',
    secure: options.secure,
    path: '/',
    ...(options.maxAgeSeconds !== undefined ? { maxAge: options.maxAgeSeconds * 1000 } : {}),
  });
}

export function clearSessionCookie(response: Response, secure: boolean): void {
  response.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
