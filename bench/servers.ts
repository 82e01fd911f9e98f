// Starting and stopping the servers under test, and signing in to Roundtable. Every process is
// registered with the ProcessTracker (proc.ts), which kills what is left, by PID, on exit.

import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import type { WriteStream } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export type ServerKind = 'roundtable' | 'reference';

export * from './proc.ts';
import type { Memory, ProcessTracker } from './proc.ts';
import { cpuSeconds, freePort, memory, pinnedCommand, type Pinning } from './proc.ts';

export interface StopResult {
  /** From the signal to the process's exit. */
  exitMs: number;
  code: number | null;
  signal: string | null;
  /** True if it had to be killed after the grace period. */
  forced: boolean;
}

export interface LogCounts {
  lines: number;
  warnings: number;
  errors: number;
  /** The first few warning and error lines, for the report. */
  samples: string[];
}

export interface ServerHandle {
  readonly kind: ServerKind;
  readonly pid: number;
  readonly port: number;
  /** The URL to hand to WebsocketProvider; the room name is appended after a slash. */
  readonly wsBase: string;
  readonly dataDir: string | null;
  /** From spawn to the first successful readiness check. */
  readonly readyMs: number;
  /** Roundtable: the API token the benchmark signs in with (kept across a restart). */
  readonly token: string | null;
  /** Query parameters every client connection needs. */
  readonly clientParams: Record<string, string>;
  createRooms(count: number, concurrency: number): Promise<string[]>;
  cpuSeconds(): number;
  memory(): Memory;
  logs(): LogCounts;
  stop(graceMs?: number): Promise<StopResult>;
}

export interface StartOptions {
  kind: ServerKind;
  repoRoot: string;
  pinning: Pinning;
  tracker: ProcessTracker;
  /** Roundtable only; reuse one to restart on the same data. */
  dataDir: string | null;
  logFile: string;
  readyTimeoutMs: number;
  /** Roundtable: a token from an earlier start on the same data; null signs in afresh. */
  token: string | null;
  /** Extra node flags for the server, e.g. --cpu-prof (BENCH_SERVER_NODE_ARGS). */
  nodeArgs: readonly string[];
  /** Settings for this server beyond the defaults (e.g. DATABASE_URL, REDIS_URL). */
  extraEnv?: Record<string, string>;
}

function serverArgv(kind: ServerKind, repoRoot: string, nodeArgs: readonly string[]): string[] {
  if (kind === 'roundtable') {
    const main = path.join(repoRoot, 'server/src/main.ts');
    return [process.execPath, ...nodeArgs, '--import', 'tsx', main];
  }
  const reference = path.join(repoRoot, 'node_modules/@y/websocket-server/src/server.js');
  return [process.execPath, ...nodeArgs, reference];
}

function serverEnv(
  kind: ServerKind,
  port: number,
  dataDir: string | null,
  extraEnv: Record<string, string>,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', PORT: String(port) };
  // The reference server persists to LevelDB only when YPERSISTENCE is set: keep it in memory.
  delete env.YPERSISTENCE;
  delete env.CALLBACK_URL;
  // Roundtable's own settings come only from here: no Postgres, Redis or tuning from the caller's
  // shell, so every run measures the same thing (SQLite in a fresh folder, default limits).
  for (const name of [
    'DATABASE_URL',
    'REDIS_URL',
    'PUBLIC_URL',
    'SMTP_URL',
    'MAX_MESSAGE_BYTES',
    'COMPACT_AFTER_BYTES',
    'UNLOAD_AFTER_MS',
    'NODE_OPTIONS',
  ]) {
    delete env[name];
  }
  if (kind === 'roundtable') {
    if (dataDir === null) throw new Error('Roundtable needs a data folder');
    Object.assign(env, { DATA_DIR: dataDir, LOG_LEVEL: 'warn', COLLAB_RATE_LIMIT: '1000000' });
  }
  // Only what a scenario asks for explicitly (the scale-out scenario's Postgres and Redis).
  return Object.assign(env, extraEnv);
}

interface LogCounter {
  counts: LogCounts;
  sink: WriteStream;
  /** The first-run setup secret Roundtable prints when it has no users yet. */
  setupSecret: string | null;
  feed(chunk: Buffer): void;
}

const setupLinkPattern = /\/setup\/([A-Za-z0-9_-]{10,})/;

function createLogCounter(file: string): LogCounter {
  const counts: LogCounts = { lines: 0, warnings: 0, errors: 0, samples: [] };
  const sink = createWriteStream(file);
  let partial = '';
  const counter: LogCounter = {
    counts,
    sink,
    setupSecret: null,
    feed(chunk) {
      sink.write(chunk);
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      lines.forEach(classify);
    },
  };
  const classify = (line: string): void => {
    const setup = setupLinkPattern.exec(line);
    if (setup?.[1] !== undefined) counter.setupSecret ??= setup[1];
    if (line.trim() === '') return;
    counts.lines += 1;
    let level = 0;
    try {
      const parsed: unknown = JSON.parse(line);
      if (typeof parsed === 'object' && parsed !== null && 'level' in parsed) {
        level = Number(parsed.level);
      }
    } catch {
      level = /error|exception|uncaught/i.test(line) ? 50 : /warn/i.test(line) ? 40 : 0;
    }
    if (level >= 50) counts.errors += 1;
    else if (level >= 40) counts.warnings += 1;
    if (level >= 40 && counts.samples.length < 5) counts.samples.push(line.slice(0, 300));
  };
  return counter;
}

async function waitReady(
  url: string,
  child: ChildProcess,
  timeoutMs: number,
  logFile: string,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`server exited (${child.exitCode ?? child.signalCode}); see ${logFile}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  throw new Error(`server not ready within ${timeoutMs} ms; see ${logFile}`);
}

interface RestClient {
  post(path: string, body: unknown, expectStatus: number): Promise<Response>;
}

const maxRetries = 50;

/** JSON POSTs with optional credentials; waits and retries (bounded) when rate limited. */
function restClient(base: string, headers: Record<string, string>): RestClient {
  return {
    async post(pathname, body, expectStatus) {
      for (let attempt = 0; ; attempt += 1) {
        const response = await fetch(base + pathname, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(10_000),
        });
        if (response.status === 429 && attempt < maxRetries) {
          await response.arrayBuffer();
          const retryAfter = Number(response.headers.get('retry-after'));
          await sleep(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 200);
          continue;
        }
        if (response.status !== expectStatus) {
          const text = await response.text();
          throw new Error(`POST ${pathname} answered ${response.status}: ${text.slice(0, 300)}`);
        }
        return response;
      }
    },
  };
}

async function jsonRecord(response: Response): Promise<Record<string, unknown>> {
  const parsed: unknown = await response.json();
  if (typeof parsed !== 'object' || parsed === null) throw new Error('expected a JSON object');
  return parsed as Record<string, unknown>;
}

function field(record: Record<string, unknown>, name: string, what: string): string {
  const value = record[name];
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new Error(`${what} without ${name}`);
  }
  return String(value);
}

/**
 * Roundtable's first run prints a one-time setup link; the benchmark uses it to create the first
 * administrator, then an API token, which REST takes as a Bearer header and /collab as ?token=.
 */
async function signInWithSetupLink(base: string, secret: string): Promise<string> {
  const setup = await restClient(base, {}).post(`/api/setup/${secret}`, { name: 'Bench' }, 200);
  await setup.arrayBuffer();
  const cookie = setup.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .filter((c) => c !== '')
    .join('; ');
  if (cookie === '') throw new Error('setup answered without a session cookie');
  const created = await restClient(base, { cookie }).post('/api/tokens', { name: 'bench' }, 201);
  return field(await jsonRecord(created), 'token', 'the created token');
}

async function createRoundtableDocuments(
  rest: RestClient,
  count: number,
  concurrency: number,
): Promise<string[]> {
  const workspace = await jsonRecord(await rest.post('/api/workspaces', { name: 'Bench' }, 201));
  const workspaceId = field(workspace, 'id', 'the workspace');
  const ids: string[] = new Array<string>(count);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < count) {
      const index = next;
      next += 1;
      const body = { workspaceId, title: `Bench ${index + 1}` };
      ids[index] = field(
        await jsonRecord(await rest.post('/api/documents', body, 201)),
        'id',
        'a document',
      );
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, count)) }, lane));
  return ids;
}

/** Waits (bounded) for a line the server prints just after it starts listening. */
async function awaitSetupSecret(log: LogCounter, timeoutMs: number): Promise<string | null> {
  const deadline = performance.now() + timeoutMs;
  while (log.setupSecret === null && performance.now() < deadline) await sleep(20);
  return log.setupSecret;
}

export async function startServer(options: StartOptions): Promise<ServerHandle> {
  const { kind } = options;
  const port = await freePort();
  const [command, args] = pinnedCommand(
    options.pinning.serverCore,
    serverArgv(kind, options.repoRoot, options.nodeArgs),
  );
  const spawnedAt = performance.now();
  const child = spawn(command, args, {
    cwd: options.repoRoot,
    env: serverEnv(kind, port, options.dataDir, options.extraEnv ?? {}),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  options.tracker.add(child);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start the ${kind} server`);
  const log = createLogCounter(options.logFile);
  child.stdout?.on('data', (chunk: Buffer) => log.feed(chunk));
  child.stderr?.on('data', (chunk: Buffer) => log.feed(chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', () => log.sink.end());

  const httpBase = `http://127.0.0.1:${port}`;
  const readyPath = kind === 'roundtable' ? '/healthz' : '/';
  try {
    await waitReady(httpBase + readyPath, child, options.readyTimeoutMs, options.logFile);
  } catch (error) {
    if (child.exitCode === null) child.kill('SIGKILL');
    throw error;
  }
  const readyMs = performance.now() - spawnedAt;
  let token = options.token;
  if (kind === 'roundtable' && token === null) {
    const secret = await awaitSetupSecret(log, 3000);
    // No setup link: a server without sign-in (or one with users already): go without a token.
    if (secret !== null) token = await signInWithSetupLink(httpBase, secret);
  }
  const rest = restClient(httpBase, token === null ? {} : { authorization: `Bearer ${token}` });

  return {
    kind,
    pid,
    port,
    wsBase: kind === 'roundtable' ? `ws://127.0.0.1:${port}/collab` : `ws://127.0.0.1:${port}`,
    dataDir: options.dataDir,
    readyMs,
    token,
    clientParams: token === null ? {} : { token },
    createRooms(count, concurrency) {
      if (kind === 'roundtable') return createRoundtableDocuments(rest, count, concurrency);
      const tag = Math.random().toString(36).slice(2, 8);
      return Promise.resolve(Array.from({ length: count }, (_, i) => `bench-${tag}-${i + 1}`));
    },
    cpuSeconds: () => cpuSeconds(pid),
    memory: () => memory(pid),
    logs: () => ({ ...log.counts, samples: [...log.counts.samples] }),
    async stop(graceMs = 15_000) {
      if (child.exitCode !== null || child.signalCode !== null) {
        return { exitMs: 0, code: child.exitCode, signal: child.signalCode, forced: false };
      }
      const signalledAt = performance.now();
      child.kill('SIGTERM');
      const inTime = await Promise.race([exited.then(() => true), sleep(graceMs, false)]);
      if (!inTime) {
        child.kill('SIGKILL');
        await exited;
      }
      return {
        exitMs: performance.now() - signalledAt,
        code: child.exitCode,
        signal: child.signalCode,
        forced: !inTime,
      };
    },
  };
}
