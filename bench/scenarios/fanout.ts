// fan-out: many clients in one document, one writer inserting at a steady rate. Measures the delay
// from the writer's insert to each other client observing it, the server CPU spent relaying, lost
// deliveries, and whether the server echoes the writer's own updates back to it.

import type { BenchConfig } from '../config.ts';
import { nowMs } from '../protocol.ts';
import type { ClientSpec } from '../protocol.ts';
import type { ServerHandle } from '../servers.ts';
import { summarize } from '../stats.ts';
import type { ClientWorker } from '../workers.ts';
import { closeWorkers } from '../workers.ts';
import { connectAll, deal, deliveryProblems, drainAll } from './common.ts';
import { metric } from './types.ts';
import type { Metric, Scenario, ScenarioContext, ScenarioOutcome } from './types.ts';

/** One fan-out phase in a given document of a running server (the review scenario uses it too). */
export async function fanoutIn(
  context: ScenarioContext,
  server: ServerHandle,
  room: string,
  settings: BenchConfig['fanout'],
): Promise<ScenarioOutcome & { p99: number; cpu: number }> {
  const { config } = context;
  let workers: ClientWorker[] = [];
  try {
    const receiverWorkers = Math.max(1, settings.receiverWorkers);
    workers = await context.startWorkers(1 + receiverWorkers, 'fanout-');
    const writer: ClientSpec = { key: 'writer', room };
    const receivers: ClientSpec[] = Array.from({ length: settings.clients - 1 }, (_, i) => ({
      key: `r${i + 1}`,
      room,
    }));
    // Worker 0 holds only the writer, so receiving work never delays its timer.
    const hands = [[writer], ...deal(receivers, receiverWorkers)];
    context.progress(`connecting ${settings.clients} clients`);
    const connected = await connectAll(workers, hands, server, config.connectTimeoutMs);
    if (connected.failed > 0) throw new Error(`${connected.failed} clients did not sync`);

    const count = Math.floor(settings.durationMs / settings.intervalMs);
    const writerWorker = workers[0];
    if (writerWorker === undefined) throw new Error('no writer worker');
    context.progress(`writing ${count} inserts`);
    const cpuBefore = server.cpuSeconds();
    const startedAt = performance.now();
    // Every worker gets the command (receivers with no writers), so all reset their counters.
    const startAt = nowMs() + 1000; // a second's pause lets the clients settle (JIT, awareness)
    const replies = await Promise.all(
      workers.map((worker) =>
        worker.request(
          {
            type: 'write',
            writers: worker === writerWorker ? [writer.key] : [],
            startAt,
            intervalMs: settings.intervalMs,
            count,
            randomPhase: false,
          },
          'written',
          settings.durationMs + 30_000,
        ),
      ),
    );
    const written = replies[0];
    if (written === undefined) throw new Error('no reply from the writer');
    const sent = written.sent.map((s) => ({ ...s, room }));
    const drain = await drainAll(workers, sent, config.drainTimeoutMs);
    const cpu = server.cpuSeconds() - cpuBefore;
    const phaseMs = performance.now() - startedAt;
    const delays = summarize(drain.latencies);
    const metrics: Metric[] = [
      metric('p50 delay', 'ms', delays.p50),
      metric('p95 delay', 'ms', delays.p95),
      metric('p99 delay', 'ms', delays.p99),
      metric('max delay', 'ms', delays.max),
      metric('server CPU', 's', cpu),
      metric('awareness msgs to clients', 'count', drain.receivedKindsTotal.awareness ?? 0),
      metric('updates lost', 'count', drain.lost, false),
      metric('echoes to writer', 'count', drain.echoes, false),
    ];
    return {
      p99: delays.p99,
      cpu,
      metrics,
      problems: deliveryProblems(drain, written.lag),
      details: {
        room,
        clients: settings.clients,
        sent: written.sent,
        connectMs: connected.connectMs,
        phaseMs,
        delays,
        expected: drain.expected,
        observed: drain.observed,
        receivedMessages: drain.receivedMessages,
        receivedBytes: drain.receivedBytes,
        receivedKinds: drain.receivedKinds,
        receivedKindsTotal: drain.receivedKindsTotal,
        timerLag: written.lag,
        disconnects: drain.disconnects,
        divergedRooms: drain.divergedRooms,
      },
    };
  } finally {
    await closeWorkers(workers);
  }
}

export const fanoutScenario: Scenario = {
  name: 'fanout',
  describe: ({ fanout }) =>
    `fan-out: ${fanout.clients} clients in one document, one writer inserting every ${fanout.intervalMs} ms for ${fanout.durationMs / 1000} s`,
  async run(context) {
    const server = await context.startServer('fanout');
    const [room] = await server.createRooms(1, 1);
    if (room === undefined) throw new Error('no document created');
    const { metrics, problems, details } = await fanoutIn(
      context,
      server,
      room,
      context.config.fanout,
    );
    return { metrics, problems, details };
  },
};
