// trace: replay a real editing trace (one update per edit) through one client as fast as its
// socket drains, while a second client watches. Measures the wall time until the watcher holds
// the final text, and the server CPU spent.

import { existsSync } from 'node:fs';
import { loadTrace, textAfter } from '../trace-file.ts';
import type { ClientWorker } from '../workers.ts';
import { closeWorkers } from '../workers.ts';
import { MiB, connectAll } from './common.ts';
import { ScenarioSkipped, metric } from './types.ts';
import type { Scenario } from './types.ts';

export const traceScenario: Scenario = {
  name: 'trace',
  describe: ({ trace }) =>
    `trace: replay ${trace.edits === null ? 'all' : `the first ${trace.edits}`} edits of ${trace.file.split('/').pop() ?? trace.file}, one update each, one writer and one watcher`,
  async run(context) {
    const { config } = context;
    const settings = config.trace;
    if (!existsSync(settings.file)) {
      throw new ScenarioSkipped(`trace file missing: ${settings.file}`);
    }
    const trace = loadTrace(settings.file);
    const edits = Math.min(settings.edits ?? trace.patches.length, trace.patches.length);
    const expectedText = textAfter(trace, edits);

    const server = await context.startServer('trace');
    let workers: ClientWorker[] = [];
    try {
      const [room] = await server.createRooms(1, 1);
      if (room === undefined) throw new Error('no document created');
      workers = await context.startWorkers(2, 'trace-');
      const [writer, watcher] = workers;
      if (writer === undefined || watcher === undefined) throw new Error('workers missing');
      await connectAll(
        workers,
        [[{ key: 'writer', room }], [{ key: 'watcher', room }]],
        server,
        config.connectTimeoutMs,
        false,
      );
      context.progress(`replaying ${edits} edits`);
      const cpuBefore = server.cpuSeconds();
      const watched = watcher.request(
        { type: 'trace-watch', expectedText, timeoutMs: settings.timeoutMs },
        'trace-watched',
        settings.timeoutMs + 30_000,
      );
      const written = await writer.request(
        {
          type: 'trace-write',
          file: settings.file,
          edits,
          highWaterBytes: settings.highWaterBytes,
        },
        'trace-written',
        settings.timeoutMs + 30_000,
      );
      const watch = await watched;
      const cpu = server.cpuSeconds() - cpuBefore;
      const mem = server.memory();
      const wallS = (watch.doneAt - written.startedAt) / 1000;
      const problems: string[] = [];
      if (!watch.ok) {
        problems.push(
          `the watcher did not reach the final text within ${settings.timeoutMs / 1000} s (length ${watch.length}, expected ${expectedText.length})`,
        );
      }
      return {
        metrics: [
          metric('wall time to final text', 's', watch.ok ? wallS : null),
          metric('writer send time', 's', (written.finishedAt - written.startedAt) / 1000),
          metric('server CPU', 's', cpu),
          metric('server RSS', 'MiB', mem.rssBytes / MiB),
          metric('messages to writer while sending', 'count', written.receivedMessages, false),
        ],
        problems,
        details: {
          edits,
          finalLength: expectedText.length,
          watcherOk: watch.ok,
          watcherUpdates: watch.updates,
          wallS,
          written,
          memory: mem,
        },
      };
    } finally {
      await closeWorkers(workers);
    }
  },
};
