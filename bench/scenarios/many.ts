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

export const manyScenario: Scenario = {
  name: 'many',
  describe: ({ many }) =>
    `many: ${many.documents * many.clientsPerDocument} connections over ${many.documents} documents, one insert per document every ${many.intervalMs} ms for ${many.durationMs / 1000} s; then ${many.ceilingStep} more at a time up to ${many.ceilingCap} until p99 passes ${many.ceilingP99Ms} ms`,
  async run(context: ScenarioContext) {
    const { config } = context;
    const settings = config.many;
    const server = await context.startServer('many');
    const rss = (): number => server.memory().rssBytes / MiB;
    const metrics: Metric[] = [metric('idle RSS', 'MiB', rss())];
    let workers: ClientWorker[] = [];
    try {
      context.progress(`creating ${settings.documents} documents`);
      const rooms = await server.createRooms(settings.documents, 16);
      metrics.push(metric('RSS, documents made, 0 connections', 'MiB', rss()));
      const clients = clientsOf(rooms, 0, settings.clientsPerDocument);
      workers = await context.startWorkers(settings.workers, 'many-');
      const rssAt = new Map<number, number>();
      let connected = 0;
      let connectMs = 0;
      for (const step of settings.memorySteps) {
        const next = clients.slice(connected, step);
        context.progress(`connecting up to ${step} clients`);
        const result = await connectAll(
          workers,
          deal(next, workers.length),
          server,
          config.connectTimeoutMs,
        );
        if (result.failed > 0) throw new Error(`${result.failed} clients did not sync`);
        connectMs += result.connectMs;
        connected = step;
        await new Promise((resolve) => setTimeout(resolve, 1000));
        rssAt.set(step, rss());
        metrics.push(metric(`RSS at ${step} connections`, 'MiB', rss()));
      }
      const steps = settings.memorySteps;
      const [low, high] = [steps.at(-2) ?? 0, steps.at(-1) ?? 0];
      const slope = (((rssAt.get(high) ?? 0) - (rssAt.get(low) ?? 0)) * 1024) / (high - low);
      metrics.push(metric(`RSS per connection, ${low} to ${high}`, 'KiB', slope));
      metrics.push(metric(`connect ${connected} (in steps)`, 'ms', connectMs));

      context.progress(`inserting: ${settings.documents} documents, one insert each per second`);
      const main = await insertPhase(
        workers,
        clients,
        server,
        settings,
        settings.durationMs,
        config.drainTimeoutMs,
      );
      metrics.push(
        metric('p50 delay', 'ms', main.p50),
        metric('p99 delay', 'ms', main.p99),
        metric('server CPU, inserts', 's', main.cpu),
        metric('server RSS after inserts', 'MiB', rss()),
        metric('server peak RSS', 'MiB', server.memory().peakRssBytes / MiB),
        metric('updates lost', 'count', main.lost, false),
      );
      const problems = [...main.problems];

      // The ceiling: more documents and connections, a step at a time, within a time limit.
      const ceilingUntil = performance.now() + settings.ceilingTimeMs;
      const all = [...clients];
      let ceiling: number | null = null;
      const ceilingSteps: { connections: number; p99: number; lost: number }[] = [];
      while (
        ceiling === null &&
        all.length + settings.ceilingStep <= settings.ceilingCap &&
        performance.now() < ceilingUntil
      ) {
        const documents = Math.ceil(settings.ceilingStep / settings.clientsPerDocument);
        const made = all.length / settings.clientsPerDocument;
        const more = clientsOf(
          await server.createRooms(documents, 16),
          made,
          settings.clientsPerDocument,
        );
        context.progress(`ceiling: connecting up to ${all.length + more.length}`);
        const result = await connectAll(
          workers,
          deal(more, workers.length),
          server,
          config.connectTimeoutMs,
        );
        all.push(...more);
        if (result.failed > 0) {
          problems.push(`ceiling: ${result.failed} clients did not sync at ${all.length}`);
          ceiling = all.length;
          break;
        }
        const phase = await insertPhase(
          workers,
          all,
          server,
          settings,
          settings.ceilingPhaseMs,
          config.drainTimeoutMs,
        );
        ceilingSteps.push({ connections: all.length, p99: phase.p99, lost: phase.lost });
        context.progress(`ceiling: p99 ${phase.p99.toFixed(1)} ms at ${all.length} connections`);
        if (phase.p99 > settings.ceilingP99Ms || phase.lost > 0) ceiling = all.length;
      }
      metrics.push(
        metric(
          `ceiling: connections where p99 passed ${settings.ceilingP99Ms} ms`,
          'count',
          ceiling,
          false,
        ),
        metric('ceiling: most connections tried', 'count', all.length, false),
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
