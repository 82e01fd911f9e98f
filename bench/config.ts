// Benchmark sizes and limits, read once from the environment. BENCH_QUICK=1 shrinks every
// scenario about tenfold for a run of well under a minute; single sizes can be overridden.

import type { ServerKind } from './servers.ts';

export const referenceVariants = ['plain', 'storing'] as const;
export type ReferenceVariant = (typeof referenceVariants)[number];

export const scenarioNames = [
  'fanout',
  'rooms',
  'trace',
  'cold-load',
  'export',
  'schema-guard',
  'my-data',
  'scale-out',
  'plain-english',
  'review',
  'many',
  'public',
] as const;
export type ScenarioName = (typeof scenarioNames)[number];

export interface BenchConfig {
  quick: boolean;
  scenarios: ScenarioName[];
  servers: ServerKind[];
  /** Hard limit for the whole run; everything is killed when it passes. */
  totalTimeoutMs: number;
  readyTimeoutMs: number;
  connectTimeoutMs: number;
  drainTimeoutMs: number;
  keepData: boolean;
  /** Extra node flags for both servers, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`. */
  serverNodeArgs: string[];
  /** `storing`: the reference proves and stores each update (bench/reference/storing-server.ts). */
  reference: ReferenceVariant;
  fanout: { clients: number; intervalMs: number; durationMs: number; receiverWorkers: number };
  rooms: {
    documents: number;
    clientsPerDocument: number;
    intervalMs: number;
    durationMs: number;
    workers: number;
    createConcurrency: number;
  };
  trace: { file: string; edits: number | null; timeoutMs: number; highWaterBytes: number };
  coldLoad: { updates: number; warmProbes: number; timeoutMs: number; highWaterBytes: number };
  many: {
    documents: number;
    clientsPerDocument: number;
    intervalMs: number;
    durationMs: number;
    workers: number;
    /** Connections at which RSS is read, ending with documents x clientsPerDocument. */
    memorySteps: number[];
    ceilingStep: number;
    ceilingCap: number;
    ceilingP99Ms: number;
    ceilingPhaseMs: number;
    ceilingTimeMs: number;
    /** How long the idle server is left before its RSS is read again ("settled"). */
    settleMs: number;
  };
}

type Env = Record<string, string | undefined>;

function intFrom(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number`);
  return value;
}

/** One of `allowed`, the first by default. */
function oneFrom<T extends string>(env: Env, name: string, allowed: readonly [T, ...T[]]): T {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return allowed[0];
  const chosen = allowed.find((item) => item === raw);
  if (chosen === undefined) throw new Error(`${name}: choose one of ${allowed.join(', ')}`);
  return chosen;
}

function listFrom<T extends string>(env: Env, name: string, allowed: readonly T[]): T[] {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return [...allowed];
  const wanted = raw.split(',').map((s) => s.trim());
  for (const item of wanted) {
    if (!(allowed as readonly string[]).includes(item)) {
      throw new Error(`${name}: unknown "${item}" (choose from ${allowed.join(', ')})`);
    }
  }
  return allowed.filter((item) => wanted.includes(item));
}

export function loadConfig(env: Env, traceFile: string): BenchConfig {
  const quick = env.BENCH_QUICK === '1' || env.BENCH_QUICK === 'true';
  const q = (full: number, small: number): number => (quick ? small : full);
  const traceEdits = intFrom(env, 'BENCH_TRACE_EDITS', q(0, 26_000));
  return {
    quick,
    scenarios: listFrom(env, 'BENCH_SCENARIOS', scenarioNames),
    servers: listFrom<ServerKind>(env, 'BENCH_SERVERS', ['reference', 'roundtable']),
    totalTimeoutMs: intFrom(env, 'BENCH_TIMEOUT_S', q(1800, 300)) * 1000,
    readyTimeoutMs: intFrom(env, 'BENCH_READY_TIMEOUT_S', 30) * 1000,
    connectTimeoutMs: intFrom(env, 'BENCH_CONNECT_TIMEOUT_S', 60) * 1000,
    drainTimeoutMs: intFrom(env, 'BENCH_DRAIN_TIMEOUT_S', 10) * 1000,
    keepData: env.BENCH_KEEP_DATA === '1',
    serverNodeArgs: (env.BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter((a) => a !== ''),
    reference: oneFrom(env, 'BENCH_REFERENCE', referenceVariants),
    fanout: {
      clients: intFrom(env, 'BENCH_FANOUT_CLIENTS', 50),
      intervalMs: intFrom(env, 'BENCH_FANOUT_INTERVAL_MS', 20),
      durationMs: intFrom(env, 'BENCH_FANOUT_DURATION_MS', q(10_000, 1_000)),
      receiverWorkers: intFrom(env, 'BENCH_FANOUT_WORKERS', 2),
    },
    rooms: {
      documents: intFrom(env, 'BENCH_ROOMS_DOCUMENTS', q(200, 20)),
      clientsPerDocument: intFrom(env, 'BENCH_ROOMS_CLIENTS', 5),
      intervalMs: intFrom(env, 'BENCH_ROOMS_INTERVAL_MS', 1000),
      durationMs: intFrom(env, 'BENCH_ROOMS_DURATION_MS', q(15_000, 3_000)),
      workers: intFrom(env, 'BENCH_ROOMS_WORKERS', 4),
      createConcurrency: intFrom(env, 'BENCH_CREATE_CONCURRENCY', 16),
    },
    trace: {
      file: traceFile,
      // 0 means the whole trace.
      edits: traceEdits === 0 ? null : traceEdits,
      timeoutMs: intFrom(env, 'BENCH_TRACE_TIMEOUT_S', q(120, 30)) * 1000,
      highWaterBytes: intFrom(env, 'BENCH_HIGH_WATER_BYTES', 1 << 20),
    },
    coldLoad: {
      updates: intFrom(env, 'BENCH_COLD_UPDATES', q(100_000, 10_000)),
      warmProbes: intFrom(env, 'BENCH_COLD_WARM_PROBES', 3),
      timeoutMs: intFrom(env, 'BENCH_COLD_TIMEOUT_S', q(150, 30)) * 1000,
      highWaterBytes: intFrom(env, 'BENCH_HIGH_WATER_BYTES', 1 << 20),
    },
    many: manyFrom(env, q),
  };
}

function manyFrom(env: Env, q: (full: number, small: number) => number): BenchConfig['many'] {
  const documents = intFrom(env, 'BENCH_MANY_DOCUMENTS', q(1000, 100));
  const clientsPerDocument = intFrom(env, 'BENCH_MANY_CLIENTS', 5);
  const total = documents * clientsPerDocument;
  return {
    documents,
    clientsPerDocument,
    intervalMs: intFrom(env, 'BENCH_MANY_INTERVAL_MS', 1000),
    durationMs: intFrom(env, 'BENCH_MANY_DURATION_MS', q(10_000, 3_000)),
    workers: intFrom(env, 'BENCH_MANY_WORKERS', 4),
    memorySteps: [...new Set([Math.ceil(total / 50), Math.ceil(total / 5), total])],
    ceilingStep: intFrom(env, 'BENCH_MANY_CEILING_STEP', q(1000, 100)),
    ceilingCap: intFrom(env, 'BENCH_MANY_CEILING_CAP', q(10_000, 1000)),
    ceilingP99Ms: intFrom(env, 'BENCH_MANY_CEILING_P99_MS', 100),
    ceilingPhaseMs: intFrom(env, 'BENCH_MANY_CEILING_PHASE_MS', q(5000, 2000)),
    ceilingTimeMs: intFrom(env, 'BENCH_MANY_CEILING_TIME_S', q(180, 40)) * 1000,
    settleMs: intFrom(env, 'BENCH_MANY_SETTLE_S', q(60, 5)) * 1000,
  };
}
