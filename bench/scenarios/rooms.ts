// rooms: many small documents at once, every client inserting once per interval. Measures how long
// all clients take to connect and sync, send-to-observe delays, server CPU and memory.

import { nowMs } from '../protocol.ts';
import type { ClientSpec, SentCount } from '../protocol.ts';
import { summarize } from '../stats.ts';
import type { ClientWorker } from '../workers.ts';
import { closeWorkers } from '../workers.ts';
import { MiB, connectAll, deal, deliveryProblems, drainAll, mergeLag } from './common.ts';
import { metric } from './types.ts';
import type { Scenario } from './types.ts';

export const roomsScenario: Scenario = {
  name: 'rooms',
  describe: ({ rooms }) =>
    `rooms: ${rooms.documents} documents x ${rooms.clientsPerDocument} clients, one insert per client every ${rooms.intervalMs} ms for ${rooms.durationMs / 1000} s`,
  async run(context) {
    const { config } = context;
    const settings = config.rooms;
    const server = await context.startServer('rooms');
    let workers: ClientWorker[] = [];
    try {
      context.progress(`creating ${settings.documents} documents`);
      const rooms = await server.createRooms(settings.documents, settings.createConcurrency);
      const clients: ClientSpec[] = rooms.flatMap((room, r) =>
        Array.from({ length: settings.clientsPerDocument }, (_, c) => ({
          key: `d${r + 1}c${c + 1}`,
          room,
        })),
      );
      const workerCount = Math.max(1, Math.min(settings.workers, clients.length));
      workers = await context.startWorkers(workerCount, 'rooms-');
      const hands = deal(clients, workerCount);

      context.progress(`connecting ${clients.length} clients`);
      const cpuStart = server.cpuSeconds();
      const connected = await connectAll(workers, hands, server, config.connectTimeoutMs);
      const cpuConnected = server.cpuSeconds();
      if (connected.failed > 0) throw new Error(`${connected.failed} clients did not sync`);

      const count = Math.floor(settings.durationMs / settings.intervalMs);
      context.progress(`writing: ${count} inserts per client`);
      const startAt = nowMs() + 500;
      const written = await Promise.all(
        workers.map((worker, i) =>
          worker.request(
            {
              type: 'write',
              writers: (hands[i] ?? []).map((spec) => spec.key),
              startAt,
              intervalMs: settings.intervalMs,
              count,
              randomPhase: true,
            },
            'written',
            settings.durationMs + settings.intervalMs + 30_000,
          ),
        ),
      );
      const roomOf = new Map(clients.map((spec) => [spec.key, spec.room]));
      const sent: SentCount[] = written.flatMap((reply) =>
        reply.sent.map((s) => ({ ...s, room: roomOf.get(s.key) ?? '' })),
      );
      const drain = await drainAll(workers, sent, config.drainTimeoutMs);
      const cpuEnd = server.cpuSeconds();
      const mem = server.memory();
      const delays = summarize(drain.latencies);
      const lag = mergeLag(written.map((reply) => reply.lag));
      return {
        metrics: [
          metric('connect all', 'ms', connected.connectMs),
          metric('p50 delay', 'ms', delays.p50),
          metric('p99 delay', 'ms', delays.p99),
          metric('server CPU, connect', 's', cpuConnected - cpuStart),
          metric('server CPU, inserts', 's', cpuEnd - cpuConnected),
          metric('server CPU, total', 's', cpuEnd - cpuStart),
          metric('server RSS', 'MiB', mem.rssBytes / MiB),
          metric('server peak RSS', 'MiB', mem.peakRssBytes / MiB),
          metric('awareness msgs to clients', 'count', drain.receivedKindsTotal.awareness ?? 0),
          metric('updates lost', 'count', drain.lost, false),
          metric('echoes', 'count', drain.echoes, false),
        ],
        problems: deliveryProblems(drain, lag),
        details: {
          documents: rooms.length,
          clients: clients.length,
          workers: workerCount,
          insertsSent: sent.reduce((n, s) => n + s.count, 0),
          connectMs: connected.connectMs,
          delays,
          expected: drain.expected,
          observed: drain.observed,
          receivedMessages: drain.receivedMessages,
          receivedBytes: drain.receivedBytes,
          receivedKinds: drain.receivedKinds,
          receivedKindsTotal: drain.receivedKindsTotal,
          timerLag: lag,
          disconnects: drain.disconnects,
          closeReasons: drain.closeReasons,
          divergedRooms: drain.divergedRooms,
          memory: mem,
        },
      };
    } finally {
      await closeWorkers(workers);
    }
  },
};
