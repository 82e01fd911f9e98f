// scale-out: Roundtable as several processes on Postgres and Redis. Fan-out delay with every
// client on one process against the writer on one process and its readers on the others, and
// the updates delivered per second under a fixed load spread over 1, 2 and 3 processes. Needs
// DATABASE_URL and REDIS_URL (each run makes, then drops, its own database); skipped otherwise.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { nowMs } from '../protocol.ts';
import type { ClientSpec, SentCount } from '../protocol.ts';
import type { ServerHandle } from '../servers.ts';
import { summarize } from '../stats.ts';
import { closeWorkers } from '../workers.ts';
import { connectAll, drainAll } from './common.ts';
import { probeCosts, redisFor, unitCosts } from './scale-out-costs.ts';
import { ScenarioSkipped, metric } from './types.ts';
import type { Metric, Scenario, ScenarioContext } from './types.ts';

const PROCESSES = 3;

interface Load {
  servers: ServerHandle[];
  /** Which process each client connects to; one worker process per server. */
  clients: Array<{ spec: ClientSpec; server: number; writes: boolean }>;
  intervalMs: number;
  durationMs: number;
  randomPhase: boolean;
}

/** Connects, writes, drains; returns delays and what was delivered. */
async function run(context: ScenarioContext, load: Load, label: string) {
  const workers = await context.startWorkers(load.servers.length, label);
  try {
    const hands = load.servers.map((_, s) => load.clients.filter((c) => c.server === s));
    const connected = await Promise.all(
      workers.map((worker, s) =>
        connectAll(
          [worker],
          [hands[s]!.map((c) => c.spec)],
          load.servers[s]!,
          context.config.connectTimeoutMs,
        ),
      ),
    );
    const failed = connected.reduce((n, c) => n + c.failed, 0);
    if (failed > 0) throw new Error(`${failed} clients did not sync`);
    const count = Math.floor(load.durationMs / load.intervalMs);
    const startAt = nowMs() + 1000;
    const replies = await Promise.all(
      workers.map((worker, s) =>
        worker.request(
          {
            type: 'write',
            writers: hands[s]!.filter((c) => c.writes).map((c) => c.spec.key),
            startAt,
            intervalMs: load.intervalMs,
            count,
            randomPhase: load.randomPhase,
          },
          'written',
          load.durationMs + 30_000,
        ),
      ),
    );
    const roomOf = new Map(load.clients.map((c) => [c.spec.key, c.spec.room]));
    const sent: SentCount[] = replies.flatMap((r) =>
      r.sent.map((x) => ({ ...x, room: roomOf.get(x.key) ?? '' })),
    );
    const drain = await drainAll(workers, sent, context.config.drainTimeoutMs);
    return {
      delays: summarize(drain.latencies),
      observed: drain.observed,
      lost: drain.lost,
      sent: sent.reduce((n, x) => n + x.count, 0),
    };
  } finally {
    await closeWorkers(workers);
  }
}

export const scaleOutScenario: Scenario = {
  name: 'scale-out',
  describe: () =>
    `scale-out: Roundtable on Postgres + Redis; fan-out on 1 vs ${PROCESSES} processes, and updates delivered per second with 1, 2 and ${PROCESSES} processes`,
  async run(context) {
    if (context.kind === 'reference')
      throw new ScenarioSkipped('the reference server runs as one process');
    const databaseUrl = process.env.DATABASE_URL;
    const redisUrl = process.env.REDIS_URL;
    if (!databaseUrl || !redisUrl) {
      throw new ScenarioSkipped('set DATABASE_URL and REDIS_URL to measure several processes');
    }
    const quick = context.config.quick;
    const database = `rt_bench_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    const url = new URL(databaseUrl);
    url.pathname = `/${database}`;
    const servers: ServerHandle[] = [];
    try {
      // One key folder, so every process uses the API token made through the first one's setup link.
      const shared = mkdtempSync(path.join(tmpdir(), 'roundtable-bench-scale-'));
      const env = { DATABASE_URL: url.toString(), REDIS_URL: redisUrl };
      for (let i = 0; i < PROCESSES; i++) {
        context.progress(`starting process ${i + 1} of ${PROCESSES}`);
        servers.push(await context.startServer(`process-${i + 1}`, shared, env));
      }
      const metrics: Metric[] = [];
      const details: Record<string, unknown> = {};

      const fanoutClients = quick ? 10 : 30;
      const durationMs = quick ? 2000 : 8000;
      const [fanRoom] = await servers[0]!.createRooms(2, 2);
      const rooms = await servers[0]!.createRooms(1, 1);
      for (const spread of [1, PROCESSES]) {
        const room = spread === 1 ? fanRoom! : rooms[0]!;
        context.progress(`fan-out, ${fanoutClients} clients on ${spread} process(es)`);
        const clients = Array.from({ length: fanoutClients }, (_, i) => ({
          spec: { key: `f${spread}-${i}`, room },
          // The writer on the first process; with several, every reader on another one.
          server: i === 0 ? 0 : spread === 1 ? 0 : 1 + ((i - 1) % (spread - 1)),
          writes: i === 0,
        }));
        const result = await run(
          context,
          {
            servers: servers.slice(0, spread),
            clients,
            intervalMs: 20,
            durationMs,
            randomPhase: false,
          },
          `scale-fanout-${spread}-`,
        );
        const where = spread === 1 ? 'one process' : `writer and readers on ${spread} processes`;
        metrics.push(metric(`fan-out p99, ${where}`, 'ms', result.delays.p99, false));
        metrics.push(metric(`fan-out lost, ${where}`, 'count', result.lost, false));
        details[`fanout-${spread}`] = result;
      }

      // Unit costs: the writer on the first process, one reader on each of the others, so every
      // update is stored once, published once and relayed by two subscribing processes.
      context.progress('cost per relayed update');
      const [costRoom] = await servers[0]!.createRooms(1, 1);
      const redis = redisFor(redisUrl);
      try {
        const before = await probeCosts(servers, redis, admin, database);
        const result = await run(
          context,
          {
            servers,
            clients: servers.map((_, s) => ({
              spec: { key: `c-${s}`, room: costRoom! },
              server: s,
              writes: s === 0,
            })),
            intervalMs: 10,
            durationMs,
            randomPhase: false,
          },
          'scale-costs-',
        );
        // Postgres counts a backend's commits when it reports them, within a second.
        await new Promise((resolve) => setTimeout(resolve, 1500));
        const costs = unitCosts(
          before,
          await probeCosts(servers, redis, admin, database),
          result.sent,
        );
        details.unitCosts = { ...costs, lost: result.lost };
        metrics.push(
          metric('CPU per update: storing process', 'µs', costs.storingProcessUs, false),
          metric(
            'CPU per update: each subscribing process',
            'µs',
            costs.subscribingProcessUs,
            false,
          ),
          metric('CPU per update: Redis', 'µs', costs.redisCpuUs, false),
          metric('CPU per update: Postgres', 'µs', costs.postgresCpuUs, false),
          metric('Redis bytes per update: in', 'B', costs.redisBytesIn, false),
          metric(
            'Redis bytes per update: out, per subscriber',
            'B',
            costs.redisBytesOutPerSubscriber,
            false,
          ),
          metric('Postgres WAL bytes per update', 'B', costs.walBytes, false),
          metric('Postgres commits per update', 'count', costs.postgresCommits, false),
        );
      } finally {
        redis.disconnect();
      }

      const roomCount = quick ? 5 : 30;
      const perRoom = 4;
      const loadRooms = await servers[0]!.createRooms(roomCount, 8);
      for (let processes = 1; processes <= PROCESSES; processes++) {
        context.progress(`throughput with ${processes} process(es)`);
        const clients = loadRooms.flatMap((room, r) =>
          Array.from({ length: perRoom }, (_, c) => ({
            spec: { key: `t${processes}-${r}-${c}`, room },
            server: (r + c) % processes,
            writes: true,
          })),
        );
        const result = await run(
          context,
          {
            servers: servers.slice(0, processes),
            clients,
            intervalMs: 100,
            durationMs,
            randomPhase: true,
          },
          `scale-load-${processes}-`,
        );
        metrics.push(
          metric(
            `delivered/s, ${processes} process(es)`,
            'updates/s',
            result.observed / (durationMs / 1000),
            false,
          ),
        );
        metrics.push(metric(`p99 delay, ${processes} process(es)`, 'ms', result.delays.p99, false));
        details[`load-${processes}`] = result;
      }
      const lost = Object.values(details).reduce(
        (n: number, r) => n + (r as { lost: number }).lost,
        0,
      );
      return { metrics, problems: lost > 0 ? [`${lost} deliveries never arrived`] : [], details };
    } finally {
      // Stopped (storing and compacting) before their database goes.
      await Promise.all(servers.map((server) => server.stop()));
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
      await admin.end();
    }
  },
};
