// Runs a real server as a child process: the one helper the server tests (that kill it or restart
// it), the end-to-end tests and the benchmark start servers with. It spawns the process with its
// settings, waits for its health check, keeps what it prints (shown when it fails to start), and
// stops it by its PID. Other workspaces import it as '@roundtable/server/testing/process'.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const repoRoot = resolve(import.meta.dirname, '../../..');

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/** 'source' runs server/src/main.ts through tsx (no build needed); 'compiled' runs
 * server/dist/main.js as production does (`npm run build` first). */
export type ServerEntry = 'source' | 'compiled';

/** The command line that starts Roundtable: node, its flags, the entry. */
export function roundtableArgv(entry: ServerEntry, nodeArgs: readonly string[] = []): string[] {
  if (entry === 'source') {
    return [
      process.execPath,
      ...nodeArgs,
      '--import',
      'tsx',
      resolve(repoRoot, 'server/src/main.ts'),
    ];
  }
  const main = resolve(repoRoot, 'server/dist/main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: run \`npm run build\` first`);
  return [process.execPath, ...nodeArgs, main];
}

// Settings that come only from the caller, never from the shell that runs the tests: each test
// gets its own SQLite folder, and a benchmark measures the same thing every time.
const settingsNotInherited = [
  'DATABASE_URL',
  'REDIS_URL',
  'PUBLIC_URL',
  'SMTP_URL',
  'MAX_MESSAGE_BYTES',
  'COMPACT_AFTER_BYTES',
  'UNLOAD_AFTER_MS',
  'NODE_OPTIONS',
  // The benchmark's reference server persists to LevelDB only when YPERSISTENCE is set.
  'YPERSISTENCE',
  'CALLBACK_URL',
];

export interface ServerProcessOptions {
  port: number;
  /** DATA_DIR; null sets none (a server that keeps no data). */
  dataDir: string | null;
  /** Settings beyond the defaults (HOST, PORT, DATA_DIR, LOG_LEVEL=warn); they win. */
  env?: Record<string, string>;
  /** Default 'source'. */
  entry?: ServerEntry;
  /** The whole command line instead of Roundtable's (the benchmark's reference server, or
   * Roundtable pinned to a CPU). */
  argv?: readonly string[];
  /** Default /healthz. */
  readyPath?: string;
  /** Default 30 s. */
  readyTimeoutMs?: number;
  /** Told about the process as soon as it is spawned, before it is ready. */
  onSpawn?: (child: ChildProcess) => void;
  /** Everything the process prints, stdout and stderr, as it comes. */
  onOutput?: (chunk: Buffer) => void;
}

export interface StopResult {
  /** From the signal to the process's exit. */
  exitMs: number;
  code: number | null;
  signal: string | null;
  /** True if it had to be killed after the grace period. */
  forced: boolean;
}

export interface ServerProcess {
  child: ChildProcess;
  pid: number;
  port: number;
  origin: string;
  wsOrigin: string;
  /** From spawn to the first successful health check. */
  readyMs: number;
  /** Resolves with the exit code (or signal) when the process ends. */
  exited: Promise<number | string>;
  /** What the process printed (the last 256 kB). */
  output(): string;
  /** The first-start setup link's path (/setup/…), once printed; null if none within the time. */
  setupPath(timeoutMs?: number): Promise<string | null>;
  /** SIGTERM, then SIGKILL if it has not exited after graceMs (default 10 s). */
  stop(graceMs?: number): Promise<StopResult>;
}

const keptOutput = 256 * 1024;
const setupLink = /\/setup\/[A-Za-z0-9_-]{10,}/;

export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of settingsNotInherited) delete env[name];
  Object.assign(env, {
    HOST: '127.0.0.1',
    PORT: String(options.port),
    LOG_LEVEL: 'warn',
    ...(options.dataDir === null ? {} : { DATA_DIR: options.dataDir }),
    ...options.env,
  });
  const [command, ...args] = options.argv ?? roundtableArgv(options.entry ?? 'source');
  if (command === undefined) throw new Error('an empty command line');
  const spawnedAt = performance.now();
  const child = spawn(command, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${command}`);
  options.onSpawn?.(child);
  let printed = '';
  const keep = (chunk: Buffer) => {
    printed = (printed + chunk.toString('utf8')).slice(-keptOutput);
    options.onOutput?.(chunk);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const output = () => printed;
  const exited = new Promise<number | string>((done) =>
    child.once('exit', (code, signal) => done(code ?? signal ?? 'unknown')),
  );

  const origin = `http://127.0.0.1:${options.port}`;
  await waitReady(`${origin}${options.readyPath ?? '/healthz'}`, child, output, {
    timeoutMs: options.readyTimeoutMs ?? 30_000,
  });
  const readyMs = performance.now() - spawnedAt;

  return {
    child,
    pid,
    port: options.port,
    origin,
    wsOrigin: `ws://127.0.0.1:${options.port}`,
    readyMs,
    exited,
    output,
    async setupPath(timeoutMs = 5_000) {
      // Printed right after listening; stdout may arrive a moment after the health check.
      const deadline = performance.now() + timeoutMs;
      while (!setupLink.test(printed) && performance.now() < deadline) await sleep(20);
      return setupLink.exec(printed)?.[0] ?? null;
    },
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) {
        return { exitMs: 0, code: child.exitCode, signal: child.signalCode, forced: false };
      }
      const signalledAt = performance.now();
      process.kill(pid, 'SIGTERM');
      const inTime = await Promise.race([exited.then(() => true), sleep(graceMs, false)]);
      if (!inTime) {
        process.kill(pid, 'SIGKILL');
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

async function waitReady(
  url: string,
  child: ChildProcess,
  output: () => string,
  { timeoutMs }: { timeoutMs: number },
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `The server exited early (${child.exitCode ?? child.signalCode}):\n${output()}`,
      );
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (performance.now() > deadline) {
      if (child.pid !== undefined) process.kill(child.pid, 'SIGKILL');
      throw new Error(`The server was not ready within ${timeoutMs} ms:\n${output()}`);
    }
    await sleep(50);
  }
}
