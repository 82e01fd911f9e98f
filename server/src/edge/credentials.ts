// What a request presents as its credential: `Authorization: Bearer <token>` (or a token passed
// with a WebSocket handshake, where a browser cannot set headers), else the session cookie.
// REST, /collab and Socket.IO all find who is asking this way.
import type { IncomingMessage } from 'node:http';
import { SESSION_COOKIE } from '@roundtable/shared/protocol/access';
import { readCookie } from './cookies.ts';

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
