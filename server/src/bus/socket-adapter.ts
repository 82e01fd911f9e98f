// The Socket.IO Redis adapter: meeting broadcasts and fetchSockets reach every process.
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';

export function redisSocketAdapter(url: string, logger: Logger) {
  const publisher = new Redis(url, { maxRetriesPerRequest: 1 });
  const subscriber = publisher.duplicate();
  for (const client of [publisher, subscriber]) {
    client.on('error', (error: Error) =>
      logger.debug({ err: error }, 'socket.io redis adapter error'),
    );
  }
  return {
    adapter: createAdapter(publisher, subscriber, { requestsTimeout: 3000 }),
    async close() {
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}
