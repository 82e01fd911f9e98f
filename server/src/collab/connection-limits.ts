// How many /collab connections one person may open: at a pace, counted by the credential they
// present before it is checked (so opening and dropping connections in a loop costs no sign-in
// work past the budget), and at once in one document (each connection is sent everyone's
// presence and every change, so a person's hundred connections would multiply both).
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { KeyedBuckets } from '../limits/keyed-buckets.ts';

export interface ConnectionLimitsOptions {
  /** Connections one credential may open a second (bursts of ten seconds' worth). */
  opensPerSecond: number;
  /** Connections one person may have open in one document. */
  perPersonInDocument: number;
  now: () => number;
}

export class ConnectionLimits {
  private readonly opens: KeyedBuckets;
  /** Open connections per person and document (`documentId person`), while any are. */
  private readonly open = new Map<string, number>();

  constructor(private readonly options: ConnectionLimitsOptions) {
    this.opens = new KeyedBuckets({
      perSecond: options.opensPerSecond,
      burst: options.opensPerSecond * 10,
      now: options.now,
    });
  }

  /**
   * Counts an opening by the credential the upgrade request presents. One that opens too fast is
   * answered 429 before the WebSocket handshake (so a loop of openings costs little more than
   * reading them), and true is returned.
   */
  refusedOpening(request: IncomingMessage, url: URL, socket: Duplex): boolean {
    if (this.opens.of(credentialOf(request, url)).take()) return false;
    socket.on('error', () => socket.destroy());
    socket.once('finish', () => socket.destroy());
    socket.end(
      'HTTP/1.1 429 Too Many Requests\r\nRetry-After: 1\r\nConnection: close\r\n' +
        'Content-Length: 0\r\n\r\n',
    );
    return true;
  }

  /**
   * Counts a connection in, and returns the function that counts it out; null (counting
   * nothing) when the person has as many open in this document as they may.
   */
  enter(documentId: string, person: string): (() => void) | null {
    const key = `${documentId} ${person}`;
    const count = this.open.get(key) ?? 0;
    if (count >= this.options.perPersonInDocument) return null;
    this.open.set(key, count + 1);
    let left = false;
    return () => {
      if (left) return;
      left = true;
      const now = (this.open.get(key) ?? 1) - 1;
      if (now > 0) this.open.set(key, now);
      else this.open.delete(key);
    };
  }
}

/** What the request presents to sign in: its token, else its cookies, else its address. */
function credentialOf(request: IncomingMessage, url: URL): string {
  return (
    url.searchParams.get('token') ??
    request.headers.cookie ??
    request.socket.remoteAddress ??
    'unknown'
  );
}
