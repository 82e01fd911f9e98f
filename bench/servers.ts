// Starting and stopping the servers under test, and signing in to Roundtable. Every process is
// registered with the ProcessTracker (proc.ts), which kills what is left, by PID, on exit.

import { createWriteStream } from 'node:fs';
import type { WriteStream } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export type ServerKind = 'roundtable' | 'reference';

export * from './proc.ts';
import type { Memory, ProcessTracker } from './proc.ts';
import type { ReferenceVariant } from './config.ts';
import { cpuSeconds, freePort, memory, pinnedCommand, type Pinning } from './proc.ts';
import {
  roundtableArgv,
  startServerProcess,
  type StopResult,
} from '@roundtable/server/testing/process';

export type { StopResult };

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
  /** Roundtable: a JSON request to its REST API as the benchmark's administrator. */
  api(method: string, path: string, body: unknown, expectStatus: number): Promise<unknown>;
  /** Roundtable: the sum and count of one of its /metrics histograms (zeros for the reference). */
  histogram(name: string): Promise<{ sum: number; count: number }>;
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
  /** Which reference server (BENCH_REFERENCE). */
  reference: ReferenceVariant;
  /** Settings for this server beyond the defaults (e.g. DATABASE_URL, REDIS_URL). */
  extraEnv?: Record<string, string>;
}

/** Roundtable compiled, as production runs it (`npm run bench` builds it first). */
function serverArgv(
  kind: ServerKind,
  repoRoot: string,
  nodeArgs: readonly string[],
  reference: ReferenceVariant,
): string[] {
  if (kind === 'roundtable') return roundtableArgv('compiled', nodeArgs);
  if (reference === 'storing') {
    const storing = path.join(repoRoot, 'bench/reference/storing-server.ts');
    return [process.execPath, '--import', 'tsx', ...nodeArgs, storing];
  }
  const plain = path.join(repoRoot, 'node_modules/@y/websocket-server/src/server.js');
  return [process.execPath, ...nodeArgs, plain];
}

interface LogCounter {
  counts: LogCounts;
  sink: WriteStream;
  feed(chunk: Buffer): void;
}

function createLogCounter(file: string): LogCounter {
  const counts: LogCounts = { lines: 0, warnings: 0, errors: 0, samples: [] };
  const sink = createWriteStream(file);
  let partial = '';
  const counter: LogCounter = {
    counts,
    sink,
    feed(chunk) {
      sink.write(chunk);
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      lines.forEach(classify);
    },
  };
  const classify = (line: string): void => {
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

interface RestClient {
  post(path: string, body: unknown, expectStatus: number, method?: string): Promise<Response>;
}

const maxRetries = 50;

/** JSON POSTs with optional credentials; waits and retries (bounded) when rate limited. */
function restClient(base: string, headers: Record<string, string>): RestClient {
  return {
    async post(pathname, body, expectStatus, method = 'POST') {
      for (let attempt = 0; ; attempt += 1) {
        const response = await fetch(base + pathname, {
          method,
          headers: { 'content-type': 'application/json', ...headers },
          body: body === undefined ? undefined : JSON.stringify(body),
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
          throw new Error(
            `${method} ${pathname} answered ${response.status}: ${text.slice(0, 300)}`,
          );
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

export async function startServer(options: StartOptions): Promise<ServerHandle> {
  const { kind } = options;
  if (kind === 'roundtable' && options.dataDir === null) {
    throw new Error('Roundtable needs a data folder');
  }
  const port = await freePort();
  const log = createLogCounter(options.logFile);
  let server;
  try {
    server = await startServerProcess({
      port,
      dataDir: options.dataDir,
      argv: pinnedCommand(
        options.pinning.serverCore,
        serverArgv(kind, options.repoRoot, options.nodeArgs, options.reference),
      ).flat(),
      env: {
        ...(kind === 'roundtable'
          ? {
              COLLAB_RATE_LIMIT: '1000000',
              COLLAB_BYTES_PER_SECOND: '1000000000',
              COLLAB_CONNECTS_PER_SECOND: '1000000',
              COLLAB_CONNECTIONS_PER_PERSON: '1000000',
            }
          : {}),
        // Only what a scenario asks for explicitly (the scale-out scenario's Postgres and Redis).
        ...options.extraEnv,
      },
      readyPath: kind === 'roundtable' ? '/healthz' : '/',
      readyTimeoutMs: options.readyTimeoutMs,
      onSpawn: (child) => {
        options.tracker.add(child);
        child.once('exit', () => log.sink.end());
      },
      onOutput: (chunk) => log.feed(chunk),
    });
  } catch (error) {
    // The helper's message ends with all the server printed; that is in the log file.
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new Error(`${reason}; see ${options.logFile}`, { cause: error });
  }
  const httpBase = server.origin;
  let token = options.token;
  if (kind === 'roundtable' && token === null) {
    const setupPath = await server.setupPath(3000);
    // No setup link: a server without sign-in (or one with users already): go without a token.
    if (setupPath !== null)
      token = await signInWithSetupLink(httpBase, setupPath.slice('/setup/'.length));
  }
  const rest = restClient(httpBase, token === null ? {} : { authorization: `Bearer ${token}` });
  const { pid } = server;

  return {
    kind,
    pid,
    port,
    wsBase: kind === 'roundtable' ? `ws://127.0.0.1:${port}/collab` : `ws://127.0.0.1:${port}`,
    dataDir: options.dataDir,
    readyMs: server.readyMs,
    token,
    clientParams: token === null ? {} : { token },
    createRooms(count, concurrency) {
      if (kind === 'roundtable') return createRoundtableDocuments(rest, count, concurrency);
      const tag = Math.random().toString(36).slice(2, 8);
      return Promise.resolve(Array.from({ length: count }, (_, i) => `bench-${tag}-${i + 1}`));
    },
    api: async (method, pathname, body, expectStatus) =>
      (await rest.post(pathname, body, expectStatus, method)).json(),
    histogram: async (name) => {
      if (kind !== 'roundtable') return { sum: 0, count: 0 };
      const text = await (await fetch(`${httpBase}/metrics`)).text();
      const read = (suffix: string): number =>
        Number(new RegExp(`^${name}_${suffix} (\\S+)$`, 'm').exec(text)?.[1] ?? 0);
      return { sum: read('sum'), count: read('count') };
    },
    cpuSeconds: () => cpuSeconds(pid),
    memory: () => memory(pid),
    logs: () => ({ ...log.counts, samples: [...log.counts.samples] }),
    stop: (graceMs = 15_000) => server.stop(graceMs),
  };
}
