// What one relayed update costs each part of a scale-out deployment, measured on this machine:
// the process that stores and publishes it, each process that only subscribes (receives it from
// Redis, applies it, relays it to its own clients), Redis itself, and Postgres. These unit costs
// are what docs/operate/scale-out.md turns into a capacity plan; on two cores, adding processes
// cannot add capacity, so the plan is built from costs, not from a throughput curve.
import { Redis } from 'ioredis';
import type pg from 'pg';
import { cpuSeconds } from '../proc.ts';
import type { ServerHandle } from '../servers.ts';

export interface CostProbe {
  redisCpu: number;
  redisIn: number;
  redisOut: number;
  postgres: Map<number, number>;
  walBytes: bigint;
  commits: number;
  serverCpu: number[];
}

export interface UnitCosts {
  updates: number;
  /** CPU µs per update: the process that received and stored it. */
  storingProcessUs: number;
  /** CPU µs per update, per process that only subscribes and relays to one local client. */
  subscribingProcessUs: number;
  redisCpuUs: number;
  /** Bytes per update into Redis (one publish) and out of it (per subscribing process). */
  redisBytesIn: number;
  redisBytesOutPerSubscriber: number;
  postgresCpuUs: number;
  postgresCommits: number;
  walBytes: number;
}

/** CPU seconds of each Postgres backend serving the benchmark's database, by PID. */
async function postgresBackends(admin: pg.Client, database: string): Promise<Map<number, number>> {
  const backends = await admin.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [database],
  );
  return new Map(backends.rows.map(({ pid }) => [pid, cpuSeconds(pid)]));
}

function infoField(info: string, field: string): number {
  const match = new RegExp(`^${field}:([\\d.]+)`, 'm').exec(info);
  return match ? Number(match[1]) : Number.NaN;
}

/** Reads every counter the unit costs are made from. */
export async function probeCosts(
  servers: readonly ServerHandle[],
  redis: Redis,
  admin: pg.Client,
  database: string,
): Promise<CostProbe> {
  const [stats, cpu] = [await redis.info('stats'), await redis.info('cpu')];
  const wal = await admin.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
  const commits = await admin.query<{ n: string }>(
    'SELECT xact_commit::text AS n FROM pg_stat_database WHERE datname = $1',
    [database],
  );
  const [high, low] = wal.rows[0]!.lsn.split('/').map((part) => BigInt(`0x${part}`));
  return {
    redisCpu: infoField(cpu, 'used_cpu_user') + infoField(cpu, 'used_cpu_sys'),
    redisIn: infoField(stats, 'total_net_input_bytes'),
    redisOut: infoField(stats, 'total_net_output_bytes'),
    postgres: await postgresBackends(admin, database),
    walBytes: (high! << 32n) + low!,
    commits: Number(commits.rows[0]?.n ?? 0),
    serverCpu: servers.map((server) => server.cpuSeconds()),
  };
}

export function unitCosts(before: CostProbe, after: CostProbe, updates: number): UnitCosts {
  const per = (value: number) => value / Math.max(1, updates);
  const serverUs = after.serverCpu.map((cpu, i) => per((cpu - before.serverCpu[i]!) * 1e6));
  const subscribers = serverUs.slice(1);
  return {
    updates,
    storingProcessUs: serverUs[0]!,
    subscribingProcessUs: subscribers.reduce((a, b) => a + b, 0) / subscribers.length,
    redisCpuUs: per((after.redisCpu - before.redisCpu) * 1e6),
    redisBytesIn: per(after.redisIn - before.redisIn),
    redisBytesOutPerSubscriber: per(after.redisOut - before.redisOut) / subscribers.length,
    // Backends that served the whole measurement (a pool keeps its connections).
    postgresCpuUs: per(
      [...after.postgres].reduce(
        (sum, [pid, cpu]) => sum + (before.postgres.has(pid) ? cpu - before.postgres.get(pid)! : 0),
        0,
      ) * 1e6,
    ),
    postgresCommits: per(after.commits - before.commits),
    walBytes: per(Number(after.walBytes - before.walBytes)),
  };
}

export function redisFor(url: string): Redis {
  return new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2 });
}
