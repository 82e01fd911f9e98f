// What a process uses Redis for when REDIS_URL is set: the fan-out bus between processes, the
// Socket.IO adapter, and the rate-limit counters every process shares (while Redis is away,
// each process counts alone). serve.ts loads this module only then, so a single process on a
// laptop never loads the Redis client.
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { openRedisBus } from './redis-bus.ts';
import { redisSocketAdapter } from './socket-adapter.ts';

export async function openRedisServices(
  url: string,
  logger: Logger,
  onRelayLag: (seconds: number) => void,
) {
  const bus = await openRedisBus({ url, logger, onRelayLag });
  const socketAdapter = redisSocketAdapter(url, logger);
  const limiterRedis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
  limiterRedis.on('error', (error: unknown) =>
    logger.debug({ err: error }, 'rate-limit Redis connection failed; counting in memory'),
  );
  return {
    bus,
    socketAdapter,
    limiterRedis,
    async close(): Promise<void> {
      await bus.close();
      await socketAdapter.close();
      await limiterRedis.quit();
    },
  };
}
