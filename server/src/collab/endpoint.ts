// The /collab/<documentId> WebSocket endpoint: takes the HTTP upgrade, checks the id, origin and
// access, puts the connection in its document's room, paces what it reads (backpressure, never a
// close, for a fast writer), and turns every kind of bad input into a documented close code for
// that one connection.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { Logger } from 'pino';
import { CloseCode } from '@roundtable/shared/protocol/collab';
import { isValidId } from '@roundtable/shared/protocol/ids';
import { isAllowedOrigin } from '../edge/origin.ts';
import { KeyedBuckets } from '../limits/keyed-buckets.ts';
import { TokenBucket } from '../limits/token-bucket.ts';
import { MalformedMessage, decodeClientMessage, frameBytes, frameSize } from './codec.ts';
import { earlyAnswerFor } from './early-answers.ts';
import { CollabConnection, type Principal } from './connection.ts';
import type { ConnectionLimits } from './connection-limits.ts';
import { InboundFrames } from './inbound.ts';
import { DocumentFull } from './document-size.ts';
import type { DocumentRoom } from './room.ts';
import type { DocumentRooms } from './rooms.ts';
import { UpdateForbidden } from './update-prover.ts';

export const COLLAB_PATH = '/collab/';
const KEEPALIVE_MS = 30_000;

export type CollabAccess =
  | { ok: true; mayWrite: boolean; principal: Principal }
  | { ok: false; code: CloseCode; reason: string };

export interface CollabEndpointOptions {
  rooms: DocumentRooms;
  /** Decides whether this request may open this document, and whether it may write. */
  authorize: (request: IncomingMessage, documentId: string, url: URL) => Promise<CollabAccess>;
  maxMessageBytes: number;
  /** Messages per second one connection may send (bursts of ten seconds' worth); faster
   * senders are slowed by backpressure, never closed. */
  messagesPerSecond: number;
  /** Bytes per second one person may send over all their connections (bursts of ten seconds'
   * worth); past it their connections are slowed the same way. */
  bytesPerSecond: number;
  /** Connections one credential may open a second, and one person may have open in one
   * document (connection-limits.ts). */
  connectionLimits: ConnectionLimits;
  /** Unsent bytes above which a connection's input is not read until its output drains. */
  maxOutboundBytes?: number;
  /** Unsent bytes above which a connection is closed rather than sent others' changes. */
  maxBehindBytes?: number;
  publicUrl: string | undefined;
  logger: Logger;
  now: () => number;
  /** A connection's first sync answered: seconds from its upgrade, and of those the load. */
  onFirstSync?: (totalSeconds: number, loadSeconds: number) => void;
}

export interface CollabEndpoint {
  /** Takes the upgrade if it is for /collab; false leaves it to others (Socket.IO). */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  close(): void;
}

export function createCollabEndpoint(options: CollabEndpointOptions): CollabEndpoint {
  const { rooms, logger } = options;
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes });
  const alive = new WeakMap<WebSocket, boolean>();
  /** Whether a socket's reading is paused to slow its sender (its pongs wait unread). */
  const slowedDown = new WeakMap<WebSocket, () => boolean>();
  const bytesSent = new KeyedBuckets({
    perSecond: options.bytesPerSecond,
    burst: options.bytesPerSecond * 10,
    now: options.now,
  });

  const keepalive = setInterval(() => {
    for (const socket of wss.clients) {
      if (alive.get(socket) === false && slowedDown.get(socket)?.() !== true) {
        socket.terminate();
        continue;
      }
      alive.set(socket, false);
      socket.ping();
    }
  }, KEEPALIVE_MS);
  keepalive.unref();

  async function admit(socket: WebSocket, request: IncomingMessage, url: URL): Promise<void> {
    const openedAt = performance.now();
    let loadSeconds = 0;
    const connection = new CollabConnection({
      id: randomUUID(),
      socket,
      wantsAcks: url.searchParams.get('acks') === '1',
      mayWrite: false,
      maxBehindBytes: options.maxBehindBytes,
    });
    const log = logger.child({ connectionId: connection.id });
    sizeLimitClosesWith4413(socket);
    alive.set(socket, true);
    socket.on('pong', () => alive.set(socket, true));
    socket.on('error', (error) => log.debug({ err: error }, 'collab socket error'));

    let room: DocumentRoom | undefined;
    /** Closes once, logging why once: frames after a close are dropped unread and unlogged. */
    const refuse = (code: CloseCode, reason: string, details: Record<string, unknown>): void => {
      if (!connection.isOpen) return;
      log.warn({ ...details, code }, `closing collab connection: ${reason}`);
      connection.close(code, reason);
    };
    const receive = ({ data, isBinary }: { data: RawData; isBinary: boolean }): void => {
      if (!room || !connection.isOpen) return;
      if (!isBinary) {
        refuse(CloseCode.malformed, 'Only binary y-websocket messages are accepted', {});
        return;
      }
      try {
        const message = decodeClientMessage(frameBytes(data));
        const firstSync = message.kind === 'sync-step-1' && !connection.syncRequested;
        room.receive(connection, message);
        if (firstSync) options.onFirstSync?.((performance.now() - openedAt) / 1000, loadSeconds);
      } catch (error) {
        if (error instanceof MalformedMessage) {
          refuse(CloseCode.malformed, `Malformed message: ${error.message}`, {});
        } else if (error instanceof UpdateForbidden) {
          refuse(CloseCode.forbidden, error.message, { documentId: room.documentId });
        } else if (error instanceof DocumentFull) {
          refuse(CloseCode.tooLarge, error.message, { documentId: room.documentId });
        } else {
          log.error({ err: error }, 'collab message failed');
          connection.close(CloseCode.serverError, 'The server could not handle that message');
        }
      }
    };
    // Backpressure, not closing: over its budget, before its room has loaded, or while its own
    // output is backed up, the socket is paused and its frames wait (inbound.ts).
    const inbound = new InboundFrames<{ data: RawData; isBinary: boolean }>({
      socket,
      budget: new TokenBucket({
        perSecond: options.messagesPerSecond,
        burst: options.messagesPerSecond * 10,
        now: options.now,
      }),
      sizeOf: ({ data }) => frameSize(data),
      deliver: receive,
      outboundBytes: () => socket.bufferedAmount,
      maxOutboundBytes: options.maxOutboundBytes,
    });
    connection.onClosing(() => inbound.stop());
    slowedDown.set(socket, () => inbound.slowedDown);
    socket.on('message', (data: RawData, isBinary: boolean) => {
      if (connection.isOpen) inbound.push({ data, isBinary });
    });
    socket.on('close', (code: number) => {
      inbound.stop();
      if (room) rooms.leave(room, connection);
      log.debug({ documentId: room?.documentId, code }, 'collab connection closed');
    });

    const documentId = documentIdFrom(url.pathname);
    if (documentId === undefined) {
      connection.close(
        CloseCode.malformed,
        'The document id must be 1 to 64 letters, digits, "-" or "_"',
      );
      return;
    }
    if (!isAllowedOrigin(request, options.publicUrl)) {
      connection.close(CloseCode.forbidden, 'Connections from other websites are not allowed');
      return;
    }
    // A load that reads a large snapshot meanwhile waits (briefly) for this sign-in.
    const signedIn = rooms.earlyAnswers.arrive(documentId);
    connection.onClosing(signedIn);
    let access: CollabAccess;
    try {
      access = await options.authorize(request, documentId, url);
    } catch (error) {
      signedIn();
      throw error;
    }
    if (!access.ok) {
      signedIn();
      connection.close(access.code, access.reason);
      return;
    }
    const leave = options.connectionLimits.enter(
      documentId,
      access.principal.userId ?? connection.id,
    );
    if (!leave) {
      signedIn();
      connection.close(
        CloseCode.tryAgainLater,
        'This document is open in too many of your tabs or devices: trying again',
      );
      return;
    }
    connection.onClosing(leave);
    socket.on('close', leave);
    connection.mayWrite = access.mayWrite;
    connection.principal = access.principal;
    try {
      const joining = performance.now();
      // A new reader of a document still loading is given its checked snapshot at once.
      const early = earlyAnswerFor({
        connection,
        inbound,
        socket,
        onAnswered: () => {
          const now = performance.now();
          options.onFirstSync?.((now - openedAt) / 1000, (now - joining) / 1000);
        },
      });
      const joined = rooms.join(documentId, connection, early.answer);
      signedIn();
      room = await joined;
      early.stop();
      loadSeconds = (performance.now() - joining) / 1000;
    } catch (error) {
      log.error({ err: error, documentId }, 'loading a document failed');
      connection.close(CloseCode.serverError, 'The document could not be opened. Trying again.');
      return;
    }
    if (!connection.isOpen) {
      rooms.leave(room, connection);
      return;
    }
    log.debug(
      { documentId, userId: access.principal.userId, mayWrite: access.mayWrite },
      'collab connection opened',
    );
    const sender = access.principal.userId ?? connection.id;
    inbound.start(() => bytesSent.of(sender));
  }

  return {
    handleUpgrade(request, socket, head) {
      const url = new URL(request.url ?? '/', 'http://collab.invalid');
      if (!url.pathname.startsWith(COLLAB_PATH)) return false;
      if (options.connectionLimits.refusedOpening(request, url, socket)) return true;
      wss.handleUpgrade(request, socket, head, (ws) => {
        admit(ws, request, url).catch((error: unknown) => {
          logger.error({ err: error }, 'admitting a collab connection failed');
          ws.close(CloseCode.serverError, 'The server could not open this connection');
        });
      });
      return true;
    },
    close() {
      clearInterval(keepalive);
      for (const socket of wss.clients) socket.terminate();
      wss.close();
    },
  };
}

function documentIdFrom(pathname: string): string | undefined {
  let id: string;
  try {
    id = decodeURIComponent(pathname.slice(COLLAB_PATH.length));
  } catch {
    return undefined;
  }
  return isValidId(id) ? id : undefined;
}

/**
 * ws enforces `maxPayload` before buffering a whole frame (so an oversized frame costs no
 * memory) but closes with the generic 1009. Roundtable's contract is 4413 with a reason, so the
 * close that ws makes for exactly that case is translated on this one socket.
 */
function sizeLimitClosesWith4413(socket: WebSocket): void {
  const close = socket.close.bind(socket);
  socket.close = (code?: number, reason?: string | Buffer) => {
    if (code === 1009) close(CloseCode.tooLarge, 'Message too large');
    else close(code, reason);
  };
}
