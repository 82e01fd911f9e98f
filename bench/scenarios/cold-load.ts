// cold load: write a document as many small updates (one-character inserts at random positions,
// so nothing merges), then measure how long a fresh client takes to hold the whole text. For
// Roundtable the server is restarted first (SIGTERM, wait for exit, start on the same data), so the
// document comes from storage; the reference server stores nothing, so its figure is from memory.

import { percentile } from '../stats.ts';
import type { ServerHandle } from '../servers.ts';
import type { ClientWorker } from '../workers.ts';
import { closeWorkers } from '../workers.ts';
import { MiB, connectAll } from './common.ts';
import { metric } from './types.ts';
import type { Scenario, ScenarioContext } from './types.ts';

const seed = 20_240_601;

async function probe(
  worker: ClientWorker,
  server: ServerHandle,
  room: string,
  expectedText: string,
  timeoutMs: number,
): Promise<{ ok: boolean; syncedMs: number | null; completeMs: number | null; length: number }> {
  return worker.request(
    {
      type: 'probe',
      wsBase: server.wsBase,
      params: server.clientParams,
      room,
      expectedText,
      timeoutMs,
    },
    'probed',
    timeoutMs + 10_000,
  );
}

/**
 * Runs a probe and reads, from Roundtable's /metrics, how long the server took from the
 * connection opening to sending sync step 2, and of that joining (loading) the document.
 */
async function serverSideSync<T>(
  server: ServerHandle,
  run: () => Promise<T>,
): Promise<{ result: T; ms: number | null; joinMs: number | null }> {
  const names = ['roundtable_collab_first_sync_seconds', 'roundtable_collab_join_seconds'];
  const before = await Promise.all(names.map((name) => server.histogram(name)));
  const result = await run();
  const after = await Promise.all(names.map((name) => server.histogram(name)));
  const mean = (index: number): number | null => {
    const count = (after[index]?.count ?? 0) - (before[index]?.count ?? 0);
    const sum = (after[index]?.sum ?? 0) - (before[index]?.sum ?? 0);
    return count > 0 ? (sum / count) * 1000 : null;
  };
  return { result, ms: mean(0), joinMs: mean(1) };
}

async function restart(
  context: ScenarioContext,
  server: ServerHandle,
): Promise<{ server: ServerHandle; shutdownMs: number; forced: boolean }> {
  const stopped = await server.stop();
  if (server.dataDir === null) throw new Error('restart needs the data folder');
  const next = await context.startServer('cold-load-restarted', server.dataDir);
  return { server: next, shutdownMs: stopped.exitMs, forced: stopped.forced };
}

export const coldLoadScenario: Scenario = {
  name: 'cold-load',
  describe: ({ coldLoad }) =>
    `cold load: a document of ${coldLoad.updates} one-character updates; a fresh client until it holds the whole text (Roundtable after a restart, from storage; reference from memory, it stores nothing)`,
  async run(context) {
    const { config } = context;
    const settings = config.coldLoad;
    let server = await context.startServer('cold-load');
    let workers: ClientWorker[] = [];
    try {
      const [room] = await server.createRooms(1, 1);
      if (room === undefined) throw new Error('no document created');
      workers = await context.startWorkers(2, 'cold-');
      const [writer, prober] = workers;
      if (writer === undefined || prober === undefined) throw new Error('workers missing');
      await connectAll(
        workers,
        [[{ key: 'writer', room }], []],
        server,
        config.connectTimeoutMs,
        false,
      );

      context.progress(`writing ${settings.updates} updates`);
      const cpuBefore = server.cpuSeconds();
      const written = await writer.request(
        {
          type: 'bulk-write',
          updates: settings.updates,
          seed,
          highWaterBytes: settings.highWaterBytes,
        },
        'bulk-written',
        settings.timeoutMs + 10_000,
      );
      // A second client must see every update before the restart: then the server has them all.
      const stored = await probe(prober, server, room, written.text, settings.timeoutMs);
      const writeCpu = server.cpuSeconds() - cpuBefore;
      const rssAfterWrite = server.memory().rssBytes;
      await writer.close();
      if (!stored.ok) {
        const state =
          stored.syncedMs === null
            ? `it did not even sync within ${settings.timeoutMs / 1000} s`
            : `it held ${stored.length} of ${written.text.length} characters after ${settings.timeoutMs / 1000} s`;
        throw new Error(`a second client never saw all ${settings.updates} updates: ${state}`);
      }

      let shutdownMs: number | null = null;
      let restartReadyMs: number | null = null;
      const problems: string[] = [];
      if (context.kind === 'roundtable') {
        context.progress('restarting the server');
        const restarted = await restart(context, server);
        server = restarted.server;
        shutdownMs = restarted.shutdownMs;
        restartReadyMs = server.readyMs;
        if (restarted.forced) problems.push('the server did not exit on SIGTERM and was killed');
      }

      context.progress('loading with a fresh client');
      const serverPart = await serverSideSync(server, () =>
        probe(prober, server, room, written.text, settings.timeoutMs),
      );
      const cold = serverPart.result;
      if (!cold.ok) {
        problems.push(
          `a fresh client did not get the whole text (length ${cold.length} of ${written.text.length})`,
        );
      }
      const warm: number[] = [];
      for (let i = 0; i < settings.warmProbes; i += 1) {
        const again = await probe(prober, server, room, written.text, settings.timeoutMs);
        if (again.completeMs !== null) warm.push(again.completeMs);
      }
      return {
        metrics: [
          metric('load, fresh client', 'ms', cold.ok ? cold.completeMs : null),
          metric('  of which to synced', 'ms', cold.syncedMs),
          metric('  of which the server (connection to sync step 2 sent)', 'ms', serverPart.ms),
          metric('    of which loading the document', 'ms', serverPart.joinMs),
          metric('load again, median', 'ms', warm.length > 0 ? percentile(warm, 50) : null),
          metric('write time', 's', (written.finishedAt - written.startedAt) / 1000),
          metric('server CPU, writing', 's', writeCpu),
          metric('server RSS after writing', 'MiB', rssAfterWrite / MiB),
          metric('shutdown (SIGTERM to exit)', 'ms', shutdownMs, false),
          metric('restart to ready', 'ms', restartReadyMs, false),
        ],
        problems,
        details: {
          updates: written.updates,
          textLength: written.text.length,
          fromStorage: context.kind === 'roundtable',
          beforeRestart: stored,
          cold,
          warm,
        },
      };
    } finally {
      await closeWorkers(workers);
    }
  },
};
