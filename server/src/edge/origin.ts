// The same-origin rule for browsers: a request that carries an Origin header must come from
// PUBLIC_URL's origin (or, when PUBLIC_URL is not set, from the host it was sent to). Requests
// without an Origin header come from scripts and other non-browser clients.
import type { IncomingMessage } from 'node:http';

export function isAllowedOrigin(request: IncomingMessage, publicUrl: string | undefined): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (publicUrl !== undefined) return origin === new URL(publicUrl).origin;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
