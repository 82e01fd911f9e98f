// Who may read /metrics. With METRICS_TOKEN set: whoever sends it as a Bearer token. Without
// it: only a request made on this machine, from a loopback address and not forwarded by a proxy
// (a proxy on the same machine would otherwise make every visitor look local).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

const isLoopback = (address: string | undefined): boolean =>
  address !== undefined &&
  (address === '::1' || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address));

const forwarded = (request: IncomingMessage): boolean =>
  ['x-forwarded-for', 'forwarded', 'x-real-ip'].some(
    (header) => request.headers[header] !== undefined,
  );

export function mayReadMetrics(
  request: IncomingMessage,
  metricsToken: string | undefined,
): boolean {
  if (metricsToken === undefined) {
    return isLoopback(request.socket.remoteAddress) && !forwarded(request);
  }
  const header = request.headers.authorization ?? '';
  if (!header.startsWith('Bearer ')) return false;
  // Compared as digests, in constant time, so the answer's timing says nothing about the token.
  return timingSafeEqual(digest(header.slice('Bearer '.length).trim()), digest(metricsToken));
}
