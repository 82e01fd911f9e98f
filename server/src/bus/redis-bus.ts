// The Redis fan-out: a channel per document for Yjs updates and awareness, and one channel for
// access changes. Messages carry the publishing process's id so no process applies its own.
// While Redis is away each process goes on serving its own clients; when it returns, every
// process catches up from storage (the stores hold every update).
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { CommentsNotice } from '@roundtable/shared/protocol/comments';
import type { AccessChange, BusHealth, DocumentMessage, FanoutBus } from './ports.ts';

const PREFIX = 'roundtable:doc:';
const ACCESS_CHANNEL = 'roundtable:access';
const KIND = { update: 0, awareness: 1, comments: 2 } as const;

export interface RedisBusOptions {
  url: string;
  logger: Logger;
  /** Observes the time from publish to delivery in another process. */
  onRelayLag?: (seconds: number) => void;
}

/** Frame: [id length][process id][kind][8-byte publish time (ms, float)][payload]. */
function encode(processId: string, message: DocumentMessage): Buffer {
  const id = Buffer.from(processId);
  const head = Buffer.alloc(1 + id.length + 1 + 8);
  head[0] = id.length;
  id.copy(head, 1);
  head[1 + id.length] = KIND[message.kind];
  head.writeDoubleBE(Date.now(), 2 + id.length);
  const payload =
    message.kind === 'comments' ? Buffer.from(JSON.stringify(message.notice)) : message.update;
  return Buffer.concat([head, payload]);
}

function decode(frame: Buffer): { origin: string; sentAt: number; message: DocumentMessage } {
  const idLength = frame[0] ?? 0;
  const origin = frame.subarray(1, 1 + idLength).toString();
  const kind = frame[1 + idLength];
  const sentAt = frame.readDoubleBE(2 + idLength);
  const payload = frame.subarray(10 + idLength);
  if (kind === KIND.comments) {
    // Written by another Roundtable process from a checked notice.
    const notice = JSON.parse(payload.toString()) as CommentsNotice;
    return { origin, sentAt, message: { kind: 'comments', notice } };
  }
  const update = new Uint8Array(payload);
  return {
    origin,
    sentAt,
    message: { kind: kind === KIND.awareness ? 'awareness' : 'update', update },
  };
}

export async function openRedisBus(options: RedisBusOptions): Promise<FanoutBus> {
  const processId = randomUUID();
  const redisOptions = {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    retryStrategy: (attempt: number) => Math.min(attempt * 200, 2000),
  };
  const publisher = new Redis(options.url, redisOptions);
  const subscriber = new Redis(options.url, { ...redisOptions, enableOfflineQueue: true });
  const handlers = new Map<string, Set<(message: DocumentMessage) => void>>();
  const accessListeners = new Set<(change: AccessChange) => void>();
  const reconnectListeners = new Set<() => void>();
  let wasDown = false;
  /** Publishes that failed while Redis was away, sent again when it is back (bounded). */
  const unsent: Array<[string, Buffer | string]> = [];
  const MAX_UNSENT = 10_000;
  const send = (channel: string, payload: Buffer | string): void => {
    publisher.publish(channel, payload).catch((error: unknown) => {
      options.logger.debug({ err: error }, 'redis publish failed; will resend');
      if (unsent.length < MAX_UNSENT) unsent.push([channel, payload]);
    });
  };
  publisher.on('ready', () => {
    for (const [channel, payload] of unsent.splice(0)) send(channel, payload);
  });

  for (const [name, client] of [
    ['publisher', publisher],
    ['subscriber', subscriber],
  ] as const) {
    client.on('error', (error: Error) =>
      options.logger.debug({ err: error, client: name }, 'redis error'),
    );
    client.on('close', () => {
      if (!wasDown) options.logger.warn({ client: name }, 'lost the connection to Redis');
      wasDown = true;
    });
  }
  subscriber.on('ready', () => {
    if (!wasDown) return;
    wasDown = false;
    options.logger.info('reconnected to Redis; catching up from storage');
    for (const listener of reconnectListeners) listener();
  });
  subscriber.on('messageBuffer', (channelBuffer: Buffer, frame: Buffer) => {
    const channel = channelBuffer.toString();
    if (channel === ACCESS_CHANNEL) {
      const { origin, change } = JSON.parse(frame.toString()) as {
        origin: string;
        change: AccessChange;
      };
      if (origin !== processId) for (const listener of accessListeners) listener(change);
      return;
    }
    const { origin, sentAt, message } = decode(frame);
    if (origin === processId) return;
    options.onRelayLag?.(Math.max(0, (Date.now() - sentAt) / 1000));
    for (const handler of handlers.get(channel.slice(PREFIX.length)) ?? []) handler(message);
  });

  await Promise.all([publisher.connect(), subscriber.connect()]);
  await subscriber.subscribe(ACCESS_CHANNEL);

  return {
    processId,
    async subscribe(documentId, onMessage) {
      let set = handlers.get(documentId);
      if (!set) {
        set = new Set();
        handlers.set(documentId, set);
        await subscriber.subscribe(PREFIX + documentId);
      }
      set.add(onMessage);
      return () => {
        set.delete(onMessage);
        if (set.size === 0 && handlers.get(documentId) === set) {
          handlers.delete(documentId);
          subscriber.unsubscribe(PREFIX + documentId).catch(() => undefined);
        }
      };
    },
    publish(documentId, message) {
      // The update is already stored: if Redis is away, the others also catch up from storage.
      send(PREFIX + documentId, encode(processId, message));
    },
    publishAccess(change) {
      send(ACCESS_CHANNEL, JSON.stringify({ origin: processId, change }));
    },
    onAccess(listener) {
      accessListeners.add(listener);
    },
    onReconnect(listener) {
      reconnectListeners.add(listener);
    },
    health(): BusHealth {
      return publisher.status === 'ready' && subscriber.status === 'ready' ? 'ok' : 'degraded';
    },
    async close() {
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}
