// Settings, parsed once from the environment. Nothing else in the server reads process.env.
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';

const MiB = 1024 * 1024;

/**
 * Express's `trust proxy`: which proxies in front of us may say who the client is (through
 * X-Forwarded-For). Off by default. A hop count (`1` for one nginx) or addresses and subnets
 * (`loopback`, `10.0.0.0/8, loopback`); never `true`, which would let any client pick its own
 * address and so its own rate-limit bucket.
 */
const TrustProxy = z
  .string()
  .trim()
  .transform((value, context): false | number | string => {
    if (value === 'false' || value === '0') return false;
    if (/^\d+$/.test(value)) return Number(value);
    const known = new Set(['loopback', 'linklocal', 'uniquelocal']);
    const entries = value.split(',').map((entry) => entry.trim());
    const valid = entries.every((entry) => {
      if (known.has(entry)) return true;
      const [address, bits, ...rest] = entry.split('/');
      const family = isIP(address ?? '');
      if (family === 0 || rest.length > 0) return false;
      return (
        bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128))
      );
    });
    if (!valid) {
      context.addIssue({
        code: 'custom',
        message:
          'give a hop count (e.g. 1), or addresses, subnets, loopback, linklocal or uniquelocal, separated by commas',
      });
      return z.NEVER;
    }
    return entries.join(', ');
  });

/**
 * A path or a host name: a line break or other control character in one is a mistake (a CR from a
 * Windows-edited env file), and would break every message that names it across lines.
 */
const OneLine = z
  .string()
  .min(1)
  // eslint-disable-next-line no-control-regex -- control characters are what it refuses
  .regex(/^[^\u0000-\u001f\u007f]*$/, 'must not contain a line break or other control character');

/** Settings whose values are never repeated in a message: they may hold passwords or tokens. */
const SECRET_SETTINGS = new Set(['DATABASE_URL', 'REDIS_URL', 'SMTP_URL', 'METRICS_TOKEN']);

const Env = z.object({
  PORT: z
    .string()
    .regex(/^\d{1,5}$/, 'must be a port number, 0 to 65535, in digits')
    .transform(Number)
    .pipe(z.number().max(65535, 'must be a port number, 0 to 65535, in digits'))
    .default(3000),
  HOST: OneLine.default('127.0.0.1'),
  DATA_DIR: OneLine.default('./data'),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' })
    .optional(),
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
    .default(16 * MiB),
  COMPACT_AFTER_BYTES: z.coerce.number().int().min(1).default(MiB),
  UNLOAD_AFTER_MS: z.coerce.number().int().min(0).default(10_000),
  COLLAB_RATE_LIMIT: z.coerce.number().positive().default(300),
  COLLAB_CONNECTS_PER_SECOND: z.coerce.number().positive().default(20),
  COLLAB_CONNECTIONS_PER_PERSON: z.coerce.number().int().min(1).default(20),
  COLLAB_BYTES_PER_SECOND: z.coerce
    .number()
    .int()
    .min(1024)
    .default(2 * 1024 * 1024),
  AUTO_VERSION_AFTER_MS: z.coerce
    .number()
    .int()
    .min(1000)
    .default(10 * 60_000),
  TRUST_PROXY: TrustProxy.default(false),
  METRICS_TOKEN: z.string().min(16, 'use at least 16 characters').optional(),
  EXPORT_TIMEOUT_MS: z.coerce.number().int().min(1000).default(30_000),
  /** Unset: every document the server accepts (MAX_DOCUMENT_BYTES) may be exported. */
  EXPORT_MAX_BYTES: z.coerce.number().int().min(1024).optional(),
  EXPORT_THREADS: z.coerce.number().int().min(1).max(16).default(1),
  EXPORT_QUEUE: z.coerce.number().int().min(0).max(1000).default(8),
  EXPORT_PER_PERSON: z.coerce.number().int().min(1).max(1000).default(2),
  EXPORT_MEMORY_MB: z.coerce.number().int().min(64).default(512),
  PICTURE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(64 * MiB)
    .default(2 * MiB),
  ACCESS_NEEDS_KEEP_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
  INACTIVE_AFTER_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  AUDIT_KEEP_DAYS: z.coerce.number().int().min(1).max(36500).default(730),
  BOOKING_KEEP_DAYS: z.coerce.number().int().min(0).max(3650).default(90),
  JOIN_REQUEST_KEEP_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  CONSULTATION_CONTACT_KEEP_DAYS: z.coerce.number().int().min(0).max(3650).default(180),
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
  collabBytesPerSecond: number;
  collabConnectsPerSecond: number;
  collabConnectionsPerPerson: number;
  /** A version is saved automatically after edits stop for this long. */
  autoVersionAfterMs: number;
  /** Exports render in worker threads; these bound them (see ExportPool). */
  export: {
    /** From request to file, waiting included; then the export is stopped (503). */
    timeoutMs: number;
    /** The largest document state (encoded Yjs bytes) exported at all; larger ones get 413. */
    maxBytes: number;
    /** Worker threads rendering exports at once. */
    threads: number;
    /** Exports that may wait for a thread; beyond that, 503 with Retry-After. */
    queue: number;
    /** Exports one person may have waiting or running at once; beyond that, 429 with Retry-After. */
    perPerson: number;
    /** Heap per worker thread; an export that needs more is stopped (413). */
    memoryMb: number;
  };
  /** The largest picture a person may upload; a larger one is refused (413). */
  pictureMaxBytes: number;
  /** How long personal data is kept (see README, Data protection: Retention). */
  retention: {
    /** Access needs and notes given with an RSVP are removed this many days after the meeting. */
    accessNeedsKeepDays: number;
    /** People who have not signed in for this many days are listed for review. */
    inactiveAfterDays: number;
    /** Audit entries older than this many days are deleted. */
    auditKeepDays: number;
    /** Bookers' names and contact details are removed this many days after the event. */
    bookingKeepDays: number;
    /** Join requests declined or never answered are removed this many days after they came. */
    joinRequestKeepDays: number;
    /** Contact details left with comments on a consultation go this many days after it closed. */
    consultationContactKeepDays: number;
  };
  /** The built browser client. */
  clientDistDir: string;
  /** Express's `trust proxy`: which proxies' X-Forwarded-For names the client. */
  trustProxy: false | number | string;
  /**
   * Bearer token /metrics requires. Unset: /metrics answers only requests made on this machine
   * (from a loopback address, not forwarded by a proxy).
   */
  metricsToken: string | undefined;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** One problem, on one line: the setting, its value quoted (unless secret), what is wrong. */
function describeIssue(issue: z.core.$ZodIssue, env: Record<string, string | undefined>): string {
  const name = issue.path.join('.');
  const value = env[name];
  const given =
    value === undefined || SECRET_SETTINGS.has(name) ? name : `${name}=${JSON.stringify(value)}`;
  return `${given}: ${issue.message.replace(/\s+/g, ' ')}`;
}

export function loadConfig(env: Record<string, string | undefined>, repoRoot: string): Config {
  // Blank counts as unset, as empty does: `PORT=" "` would otherwise be port 0.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const parsed = Env.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => describeIssue(issue, present));
    throw new ConfigError(`Invalid settings: ${problems.join('; ')}`);
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
    collabBytesPerSecond: e.COLLAB_BYTES_PER_SECOND,
    collabConnectsPerSecond: e.COLLAB_CONNECTS_PER_SECOND,
    collabConnectionsPerPerson: e.COLLAB_CONNECTIONS_PER_PERSON,
    autoVersionAfterMs: e.AUTO_VERSION_AFTER_MS,
    export: {
      timeoutMs: e.EXPORT_TIMEOUT_MS,
      maxBytes: e.EXPORT_MAX_BYTES ?? e.MAX_DOCUMENT_BYTES,
      threads: e.EXPORT_THREADS,
      queue: e.EXPORT_QUEUE,
      perPerson: e.EXPORT_PER_PERSON,
      memoryMb: e.EXPORT_MEMORY_MB,
    },
    pictureMaxBytes: e.PICTURE_MAX_BYTES,
    retention: {
      accessNeedsKeepDays: e.ACCESS_NEEDS_KEEP_DAYS,
      inactiveAfterDays: e.INACTIVE_AFTER_DAYS,
      auditKeepDays: e.AUDIT_KEEP_DAYS,
      bookingKeepDays: e.BOOKING_KEEP_DAYS,
      joinRequestKeepDays: e.JOIN_REQUEST_KEEP_DAYS,
      consultationContactKeepDays: e.CONSULTATION_CONTACT_KEEP_DAYS,
    },
    clientDistDir: resolve(repoRoot, 'client/dist'),
    trustProxy: e.TRUST_PROXY,
    metricsToken: e.METRICS_TOKEN,
  };
}
