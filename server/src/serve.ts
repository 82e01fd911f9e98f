// The composition root: reads settings, opens the store, starts the server, and shuts down
// gracefully on SIGTERM or SIGINT (stop accepting, store what is queued, compact, close).
// main.ts loads it.
import { join } from 'node:path';
import { createServer } from './app.ts';
import type { openRedisServices } from './bus/redis-services.ts';
import { ConfigError, loadConfig } from './config.ts';
import { loadTrimmer, trimAndLog, trimWhenQuiet } from './give-back-memory.ts';
import { createLogger } from './logger.ts';
import { Metrics } from './metrics.ts';
import { openStore } from './storage/open.ts';
import { DataDirInUse, lockDataDir, type DataDirLock } from './storage/sqlite/data-dir-lock.ts';
import { repoRoot } from './paths.ts';
import { checkErasureLog, erasureLogFile } from './services/erasure-log-file.ts';

const SHUTDOWN_DEADLINE_MS = 10_000;

export interface ServeOptions {
  /** Called once start-up is done, just before the server listens. */
  started?: () => void;
}

export async function serve(options: ServeOptions = {}): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env, repoRoot);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  if (config.smtpUrl && !config.publicUrl) {
    logger.warn(
      'SMTP_URL is set but PUBLIC_URL is not: no sign-in link will be emailed, because a link ' +
        "must not be made from a request's Host header. Set PUBLIC_URL to the address people use.",
    );
  }
  // Before the store opens: a second server must not even migrate the first one's database.
  const lock = config.databaseUrl === undefined ? lockSqliteDataDir(config.dataDir) : undefined;
  const sqliteFile = join(config.dataDir, 'roundtable.sqlite');
  const store = await openStore(config, sqliteFile).catch((error: unknown) =>
    failToStart(
      config.databaseUrl
        ? `Roundtable could not open its database (DATABASE_URL): ${messageOf(error)}`
        : `Roundtable could not open its data file ${JSON.stringify(sqliteFile)}: ${messageOf(error)}. ` +
            'DATA_DIR must be a folder that this user may write to.',
    ),
  );
  try {
    // Every erasure is logged before it is done: a log that cannot be written would refuse them.
    checkErasureLog(erasureLogFile(config.dataDir).path);
  } catch (error) {
    failToStart(
      `Roundtable cannot keep its erasure log: ${messageOf(error)}. ` +
        'It must be a file this user may write, or not there yet.',
    );
  }
  const metrics = new Metrics();
  const redis = config.redisUrl
    ? await openRedis(config.redisUrl, logger, (seconds) => metrics.recordRelayLag(seconds)).catch(
        (error: unknown) =>
          failToStart(
            `Roundtable could not connect to Redis (REDIS_URL): ${messageOf(error).replace(/\.$/, '')}. ` +
              'Check that Redis runs and that this server can reach it.',
          ),
      )
    : undefined;
  const app = createServer({
    config,
    store,
    logger,
    metrics,
    ...(redis
      ? {
          bus: redis.bus,
          socketAdapter: redis.socketAdapter.adapter,
          limiterStore: { kind: 'redis', client: redis.limiterRedis },
        }
      : {}),
  });

  const setupSecret = await app.signIn.createSetupLinkIfNoUsers();
  options.started?.();
  const trimmer = loadTrimmer();
  // What start-up freed (the compiler's scratch memory above all) goes back before serving.
  trimAndLog(trimmer, logger);
  const stopTrims = trimWhenQuiet({ trimmer, logger });
  const cannotListen = (error: Error): void =>
    failToStart(`Roundtable could not listen on ${config.host}:${config.port}: ${error.message}`);
  app.server.once('error', cannotListen);
  app.server.listen(config.port, config.host, () => {
    app.server.off('error', cannotListen);
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    logger.info({ host: config.host, port, store: store.kind }, 'Roundtable is listening');
    const origin = config.publicUrl
      ? new URL(config.publicUrl).origin
      : `http://${displayHost(config.host)}:${port}`;
    if (config.logLevel !== 'silent') console.log(`Roundtable is running at ${origin}`);
    if (setupSecret) {
      // Printed whatever LOG_LEVEL says: without it nobody could ever sign in.
      console.log(
        `\nNobody has an account yet. Open this link to create the first administrator ` +
          `(it works once, for 7 days):\n\n  ${origin}/setup/${setupSecret}\n`,
      );
    }
  });

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    stopTrims();
    const deadline = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS);
    deadline.unref();
    app
      .close()
      .then(() => redis?.close())
      .then(() => store.close())
      .then(() => lock?.release())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

/** Loaded only when REDIS_URL is set, so one process on a laptop never loads the client. */
const openRedis: typeof openRedisServices = async (...args) =>
  (await import('./bus/redis-services.ts')).openRedisServices(...args);

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** One server per SQLite DATA_DIR (storage/sqlite/data-dir-lock.ts); several need Postgres. */
function lockSqliteDataDir(dataDir: string): DataDirLock {
  try {
    return lockDataDir(dataDir);
  } catch (error) {
    if (error instanceof DataDirInUse) {
      failToStart(
        `${error.message}. Stop it first, or give this server another DATA_DIR ` +
          '(several servers on one installation need DATABASE_URL and REDIS_URL).',
      );
    }
    failToStart(
      `Roundtable could not open its data folder ${JSON.stringify(dataDir)}: ${messageOf(error)}. ` +
        'DATA_DIR must be a folder that this user may write to.',
    );
  }
}

/** A start-up failure an operator can fix: said plainly, without a stack trace. */
function failToStart(message: string): never {
  // One line, whatever paths or names the message carries (Node's own messages quote them raw).
  console.error(message.replace(/\r/g, '\\r').replace(/\n/g, '\\n'));
  process.exit(1);
}

const displayHost = (host: string): string =>
  host === '127.0.0.1' || host === '::1' ? 'localhost' : host;
