// Settings, parsed once from the environment. Nothing else in the server reads process.env.
import { resolve } from 'node:path';
import { z } from 'zod';

const MiB = 1024 * 1024;

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URL')
    .optional(),
  SMTP_URL: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_MESSAGE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(8 * MiB),
  MAX_DOCUMENT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(32 * MiB),
  COMPACT_AFTER_BYTES: z.coerce.number().int().min(1).default(MiB),
  UNLOAD_AFTER_MS: z.coerce.number().int().min(0).default(10_000),
  COLLAB_RATE_LIMIT: z.coerce.number().positive().default(300),
  AUTO_VERSION_AFTER_MS: z.coerce
    .number()
    .int()
    .min(1000)
    .default(10 * 60_000),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  publicUrl: string | undefined;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  smtpUrl: string | undefined;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  /** Largest /collab message accepted; larger ones close that connection with 4413. */
  maxMessageBytes: number;
  /** Largest a document may grow to; an update that would pass it closes with 4413. */
  maxDocumentBytes: number;
  /** A document's update log is compacted into a snapshot when it passes this many bytes. */
  compactAfterBytes: number;
  /** A document with no connections is unloaded from memory after this long. */
  unloadAfterMs: number;
  /**
   * Messages per second one /collab connection may send (bursts of ten seconds' worth); a faster
   * sender is slowed (the server stops reading its socket), never closed.
   */
  collabRateLimit: number;
  /** A version is saved automatically after edits stop for this long. */
  autoVersionAfterMs: number;
  /** The built browser client. */
  clientDistDir: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function loadConfig(env: Record<string, string | undefined>, repoRoot: string): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = Env.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid settings:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(repoRoot, e.DATA_DIR),
    publicUrl: e.PUBLIC_URL,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    smtpUrl: e.SMTP_URL,
    logLevel: e.LOG_LEVEL,
    maxMessageBytes: e.MAX_MESSAGE_BYTES,
    maxDocumentBytes: e.MAX_DOCUMENT_BYTES,
    compactAfterBytes: e.COMPACT_AFTER_BYTES,
    unloadAfterMs: e.UNLOAD_AFTER_MS,
    collabRateLimit: e.COLLAB_RATE_LIMIT,
    autoVersionAfterMs: e.AUTO_VERSION_AFTER_MS,
    clientDistDir: resolve(repoRoot, 'client/dist'),
  };
}
