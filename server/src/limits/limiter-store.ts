// Where rate-limit counters live: in this process's memory (one process), or in Redis when
// REDIS_URL is set, so that every process behind the load balancer spends from one budget. If
// Redis stops answering, each process falls back to its own memory until it is back.
import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

export type LimiterStore = { kind: 'memory' } | { kind: 'redis'; client: Redis };

export interface LimiterOptions {
  /** Names the counter; keys of different limits never meet. */
  name: string;
  points: number;
  durationSeconds: number;
}

/** Every Roundtable counter in Redis starts with this, beside the fan-out channels. */
const PREFIX = 'rt:limit:';

export function createLimiter(store: LimiterStore, options: LimiterOptions): RateLimiterAbstract {
  const shape = {
    keyPrefix: PREFIX + options.name,
    points: options.points,
    duration: options.durationSeconds,
  };
  if (store.kind === 'memory') return new RateLimiterMemory(shape);
  return new RateLimiterRedis({
    ...shape,
    storeClient: store.client,
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory(shape),
  });
}
