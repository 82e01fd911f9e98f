// many: many connections on one process. Connects 5,000 clients over 1,000 documents in steps
// (RSS at 0, 100, 1,000 and 5,000 connections, for the memory slope), then one insert per second
// per document: p50, p99, server CPU and RSS, and no update lost. Then a bounded ceiling search:
// 1,000 more connections (200 more documents) at a time, each followed by a short insert phase,
// until p99 passes 100 ms, the cap, or the time limit.
import type { BenchConfig } from '../config.ts';
import { nowMs } from '../protocol.ts';
import type { ClientSpec, SentCount } from '../protocol.ts';
import type { ServerHandle } from '../servers.ts';
import { summarize } from '../stats.ts';
import type { ClientWorker } from '../workers.ts';
import { closeWorkers } from '../workers.ts';
import { MiB, connectAll, deal, deliveryProblems, drainAll, mergeLag } from './common.ts';
import { metric, type Metric, type Scenario, type ScenarioContext } from './types.ts';

type Settings = BenchConfig['many'];

interface Phase {
  p50: number;
  p99: number;
  cpu: number;
  lost: number;
  problems: string[];
}

/** Clients for a run of documents: the first of each document writes. */
function clientsOf(rooms: string[], first: number, perDocument: number): ClientSpec[] {
  return rooms.flatMap((room, r) =>
    Array.from({ length: perDocument }, (_, c) => ({ key: `d${first + r + 1}c${c + 1}`, room })),
  );
}

/** Every writer inserts once per interval for the duration; waits until all is delivered. */
async function insertPhase(
  workers: ClientWorker[],
  clients: ClientSpec[],
  server: ServerHandle,
  settings: Settings,
  durationMs: number,
  drainTimeoutMs: number,
): Promise<Phase> {
  const hands = deal(clients, workers.length);
  const count = Math.max(1, Math.floor(durationMs / settings.intervalMs));
  const cpuBefore = server.cpuSeconds();
  const startAt = nowMs() + 500;
  const written = await Promise.all(
    workers.map((worker, i) =>
      worker.request(
        {
          type: 'write',
          writers: (hands[i] ?? []).filter((c) => c.key.endsWith('c1')).map((c) => c.key),
          startAt,
          intervalMs: settings.intervalMs,
          count,
          randomPhase: true,
        },
        'written',
        durationMs + settings.intervalMs + 60_000,
      ),
    ),
  );
  const roomOf = new Map(clients.map((spec) => [spec.key, spec.room]));
  const sent: SentCount[] = written.flatMap((reply) =>
    reply.sent.map((s) => ({ ...s, room: roomOf.get(s.key) ?? '' })),
  );
  const drain = await drainAll(workers, sent, drainTimeoutMs);
  const delays = summarize(drain.latencies);
  return {
    p50: delays.p50,
    p99: delays.p99,
    cpu: server.cpuSeconds() - cpuBefore,
    lost: drain.lost,
    problems: deliveryProblems(drain, mergeLag(written.map((reply) => reply.lag))),
  };
}

/** Connects the next clients (made documents as needed), up to `target` connections in all. */
async function connectUpTo(
  target: number,
  all: ClientSpec[],
  connected: { count: number; ms: number },
  workers: ClientWorker[],
  server: ServerHandle,
  context: ScenarioContext,
): Promise<void> {
  const { clientsPerDocument } = context.config.many;
  while (all.length < target) {
    const documents = Math.ceil((target - all.length) / clientsPerDocument);
    const made = all.length / clientsPerDocument;
    context.progress(`creating ${documents} documents`);
    all.push(...clientsOf(await server.createRooms(documents, 16), made, clientsPerDocument));
  }
  context.progress(`connecting up to ${target} clients`);
  const next = all.slice(connected.count, target);
  const result = await connectAll(
    workers,
    deal(next, workers.length),
    server,
    context.config.connectTimeoutMs,
  );
  if (result.failed > 0) throw new Error(`${result.failed} clients did not sync at ${target}`);
  connected.count = target;
  connected.ms += result.connectMs;
}

export const manyScenario: Scenario = {
  name: 'many',
  describe: ({ many }) =>
    `many: ${many.documents * many.clientsPerDocument} connections over ${many.documents} documents, one insert per document every ${many.intervalMs} ms for ${many.durationMs / 1000} s; p99 at every ${many.ceilingStep} connections up to ${many.ceilingCap}, until it passes ${many.ceilingP99Ms} ms`,
  async run(context: ScenarioContext) {
    const { config } = context;
    const settings = config.many;
    const server = await context.startServer('many');
    const rss = (): number => server.memory().rssBytes / MiB;
    const metrics: Metric[] = [metric('idle RSS', 'MiB', rss())];
    // V8 gives back the young generation that start-up grew only after some idle time.
    context.progress(`idle for ${settings.settleMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, settings.settleMs));
    metrics.push(metric(`idle RSS after ${settings.settleMs / 1000} s`, 'MiB', rss()));
    let workers: ClientWorker[] = [];
    try {
      const total = settings.documents * settings.clientsPerDocument;
      const all: ClientSpec[] = [];
      workers = await context.startWorkers(settings.workers, 'many-');
      const connected = { count: 0, ms: 0 };
      const rssAt = new Map<number, number>();
      const problems: string[] = [];
      const ceilingSteps: { connections: number; p99: number; lost: number }[] = [];
      let ceiling: number | null = null;
      let main: Phase | null = null;
      const until = performance.now() + settings.ceilingTimeMs;
      const targets = [...new Set([...settings.memorySteps, total])].sort((a, b) => a - b);
      for (
        let next = settings.ceilingStep;
        next <= settings.ceilingCap;
        next += settings.ceilingStep
      ) {
        targets.push(next);
      }
      const steps = [...new Set(targets)].sort((a, b) => a - b);
      for (const target of steps) {
        if (target > total && (ceiling !== null || performance.now() > until)) break;
        if (target === steps[0]) {
          all.push(
            ...clientsOf(
              await server.createRooms(settings.documents, 16),
              0,
              settings.clientsPerDocument,
            ),
          );
          metrics.push(metric('RSS, documents made, 0 connections', 'MiB', rss()));
        }
        await connectUpTo(target, all, connected, workers, server, context);
        if (settings.memorySteps.includes(target) || target === total) {
          await new Promise((resolve) => setTimeout(resolve, 1000));
          rssAt.set(target, rss());
          metrics.push(metric(`RSS at ${target} connections`, 'MiB', rss()));
        }
        const isMain = target === total;
        const searching = ceiling === null && performance.now() < until;
        if (!isMain && (!searching || target % settings.ceilingStep !== 0)) continue;
        context.progress(
          `inserting: ${target / settings.clientsPerDocument} documents, one insert each per second`,
        );
        const phase = await insertPhase(
          workers,
          all.slice(0, target),
          server,
          settings,
          isMain ? settings.durationMs : settings.ceilingPhaseMs,
          config.drainTimeoutMs,
        );
        if (isMain) {
          main = phase;
          metrics.push(
            metric(`connect ${total} (in steps)`, 'ms', connected.ms),
            metric('p50 delay', 'ms', phase.p50),
            metric('p99 delay', 'ms', phase.p99),
            metric('server CPU, inserts', 's', phase.cpu),
            metric('server RSS after inserts', 'MiB', rss()),
            metric('server peak RSS', 'MiB', server.memory().peakRssBytes / MiB),
            metric('updates lost', 'count', phase.lost, false),
          );
          problems.push(...phase.problems);
        } else if (phase.lost > 0) {
          problems.push(`${phase.lost} updates lost at ${target} connections`);
        }
        if (searching) {
          ceilingSteps.push({ connections: target, p99: phase.p99, lost: phase.lost });
          context.progress(`p99 ${phase.p99.toFixed(1)} ms at ${target} connections`);
          if (phase.p99 > settings.ceilingP99Ms) ceiling = target;
        }
      }
      const memorySteps = [...rssAt.keys()];
      const [low, high] = [memorySteps.at(-2) ?? 0, memorySteps.at(-1) ?? 0];
      const slope = (((rssAt.get(high) ?? 0) - (rssAt.get(low) ?? 0)) * 1024) / (high - low);
      metrics.push(
        metric(`RSS per connection, ${low} to ${high}`, 'KiB', slope),
        metric(`p99 passed ${settings.ceilingP99Ms} ms at (connections)`, 'count', ceiling, false),
        metric('most connections tried', 'count', connected.count, false),
      );
      return {
        metrics,
        problems,
        details: { rssAt: Object.fromEntries(rssAt), main, ceilingSteps, ceiling },
      };
    } finally {
      await closeWorkers(workers);
    }
  },
};
