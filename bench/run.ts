// `npm run bench`: runs each scenario against the reference y-websocket server and Roundtable in
// turn, each on a fresh server pinned to one core with its clients in separate processes on
// another, prints a table per scenario and writes bench/results/<timestamp>.json and latest.json.
// Every child process is killed (by PID) on exit, error, Ctrl-C or when the time limit passes.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from './config.ts';
import type { BenchConfig } from './config.ts';
import { buildRows, renderScenario } from './report.ts';
import type { RunStatus, ScenarioReport } from './report.ts';
import { scenarios } from './scenarios/index.ts';
import { ScenarioSkipped } from './scenarios/types.ts';
import type { Scenario, ScenarioContext } from './scenarios/types.ts';
import { ProcessTracker, detectPinning, startServer } from './servers.ts';
import type { Pinning, ServerHandle, ServerKind } from './servers.ts';
import { startWorkers } from './workers.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(repoRoot, 'bench/results');
const runStarted = performance.now();

function progress(message: string): void {
  const seconds = ((performance.now() - runStarted) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[bench ${seconds}s] ${message}\n`);
}

function directoryBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? directoryBytes(full) : statSync(full).size;
  }
  return total;
}

function environment(pinning: Pinning): Record<string, unknown> {
  return {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    // cpus(), not availableParallelism(): the latter reflects this process's own pinning.
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    loadAverageAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
    taskset: pinning.enabled,
    pinning: pinning.note,
  };
}

interface RunState {
  config: BenchConfig;
  pinning: Pinning;
  tracker: ProcessTracker;
  runId: string;
  logDir: string;
  reports: ScenarioReport[];
  env: Record<string, unknown>;
}

async function runOne(
  state: RunState,
  scenario: Scenario,
  kind: ServerKind,
): Promise<{ status: RunStatus; serverProblems: string[]; details: Record<string, unknown> }> {
  const servers: ServerHandle[] = [];
  const dataDirs: string[] = [];
  // A restart on the same data keeps the users, so it must reuse the token from the first start.
  const tokens = new Map<string, string>();
  const context: ScenarioContext = {
    kind,
    config: state.config,
    async startServer(label, dataDir, extraEnv) {
      let dir: string | null = null;
      if (kind === 'roundtable') {
        dir = dataDir ?? mkdtempSync(path.join(tmpdir(), 'roundtable-bench-'));
        if (!dataDirs.includes(dir)) dataDirs.push(dir);
      }
      const server = await startServer({
        kind,
        repoRoot,
        pinning: state.pinning,
        tracker: state.tracker,
        dataDir: dir,
        logFile: path.join(state.logDir, `${kind}-${label}-${servers.length + 1}.log`),
        readyTimeoutMs: state.config.readyTimeoutMs,
        token: dir === null ? null : (tokens.get(dir) ?? null),
        nodeArgs: state.config.serverNodeArgs,
        reference: state.config.reference,
        ...(extraEnv ? { extraEnv } : {}),
      });
      if (dir !== null && server.token !== null) tokens.set(dir, server.token);
      servers.push(server);
      return server;
    },
    startWorkers: (count, label) =>
      startWorkers(count, {
        labelPrefix: `${kind}-${label}`,
        repoRoot,
        pinning: state.pinning,
        tracker: state.tracker,
      }),
    progress: (message) => progress(`${scenario.name} / ${kind}: ${message}`),
  };
  let status: RunStatus;
  try {
    context.progress('starting');
    status = { status: 'ok', outcome: await scenario.run(context) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    status =
      error instanceof ScenarioSkipped
        ? { status: 'skipped', reason: message }
        : { status: 'failed', error: message };
    context.progress(status.status === 'skipped' ? `skipped: ${message}` : `failed: ${message}`);
  }
  const serverProblems: string[] = [];
  const stops = [];
  for (const server of servers) {
    const stopped = await server.stop();
    stops.push(stopped);
    if (stopped.forced) serverProblems.push(`the server ignored SIGTERM for 15 s and was killed`);
    const logs = server.logs();
    if (logs.errors > 0 || logs.warnings > 0) {
      serverProblems.push(
        `server logged ${logs.errors} errors and ${logs.warnings} warnings, e.g. ${logs.samples.slice(0, 2).join(' | ')}`,
      );
    }
  }
  if (status.status === 'ok' && kind === 'roundtable') {
    // The reference server has no SIGTERM handler (it just dies), so only Roundtable's counts.
    const last = stops.at(-1);
    status.outcome.metrics.push({
      name: 'shutdown at end (SIGTERM to exit)',
      unit: 'ms',
      value: last?.exitMs ?? null,
      ratio: false,
    });
  }
  let dataBytes: number | null = null;
  for (const dir of dataDirs) {
    dataBytes = (dataBytes ?? 0) + directoryBytes(dir);
    if (!state.config.keepData) rmSync(dir, { recursive: true, force: true });
  }
  if (status.status === 'ok' && kind === 'roundtable' && dataBytes !== null) {
    status.outcome.metrics.push({
      name: 'data on disk',
      unit: 'MiB',
      value: dataBytes / (1024 * 1024),
      ratio: false,
    });
  }
  return {
    status,
    serverProblems,
    details: {
      servers: servers.map((s) => ({
        pid: s.pid,
        port: s.port,
        readyMs: s.readyMs,
        logs: s.logs(),
      })),
      stops,
      dataBytes,
      dataDirs: state.config.keepData ? dataDirs : [],
    },
  };
}

function writeResults(state: RunState, complete: boolean): string {
  mkdirSync(resultsDir, { recursive: true });
  const json = JSON.stringify(
    {
      runId: state.runId,
      complete,
      finishedAt: new Date().toISOString(),
      durationS: (performance.now() - runStarted) / 1000,
      environment: {
        ...state.env,
        loadAverageAtEnd: loadavg().map((l) => Math.round(l * 100) / 100),
      },
      config: state.config,
      scenarios: state.reports,
    },
    null,
    2,
  );
  const file = path.join(resultsDir, `${state.runId}.json`);
  writeFileSync(file, json);
  writeFileSync(path.join(resultsDir, 'latest.json'), json);
  return file;
}

async function main(tracker: ProcessTracker): Promise<void> {
  const traceFile = path.resolve(repoRoot, '../shared/traces/automerge-paper.json.gz');
  const config = loadConfig(process.env, traceFile);
  const pinning = detectPinning();
  if (pinning.enabled && pinning.clientCore !== null) {
    // The orchestrator is client-side work too: keep it off the server's core.
    spawnSync('taskset', ['-cp', String(pinning.clientCore), String(process.pid)], {
      stdio: 'ignore',
    });
  }
  const runId = new Date().toISOString().replace(/[:.]/g, '-');
  const logDir = path.join(resultsDir, 'logs', runId);
  mkdirSync(logDir, { recursive: true });
  const state: RunState = {
    config,
    pinning,
    tracker,
    runId,
    logDir,
    reports: [],
    env: environment(pinning),
  };

  const abort = (why: string, code: number): void => {
    progress(`${why}: stopping every process this run started`);
    tracker.killAll();
    try {
      progress(`partial results in ${writeResults(state, false)}`);
    } finally {
      process.exit(code);
    }
  };
  process.once('SIGINT', () => abort('interrupted', 130));
  process.once('SIGTERM', () => abort('terminated', 143));
  const watchdog = setTimeout(
    () => abort(`time limit of ${config.totalTimeoutMs / 1000} s passed`, 2),
    config.totalTimeoutMs,
  );

  const envLines = [
    `node ${process.version}, ${String(state.env.cpuModel)}, ${String(state.env.cores)} cores`,
    pinning.enabled ? pinning.note : `no pinning (${pinning.note}): figures are less stable`,
    config.quick ? 'QUICK mode (BENCH_QUICK=1): sizes shrunk about tenfold' : 'full sizes',
  ];
  progress(envLines.join('; '));

  for (const name of config.scenarios) {
    const scenario = scenarios[name];
    const report: ScenarioReport = {
      name,
      description: scenario.describe(config),
      results: { roundtable: { status: 'not run' }, reference: { status: 'not run' } },
      rows: [],
      problems: { roundtable: [], reference: [] },
      serverDetails: {},
    };
    state.reports.push(report);
    for (const kind of config.servers) {
      const result = await runOne(state, scenario, kind);
      report.results[kind] = result.status;
      const outcomeProblems = result.status.status === 'ok' ? result.status.outcome.problems : [];
      report.problems[kind] = [...outcomeProblems, ...result.serverProblems];
      report.serverDetails[kind] = result.details;
      report.rows = buildRows(report.results);
    }
  }
  clearTimeout(watchdog);

  const output = [
    '',
    `Roundtable vs reference (@y/websocket-server 0.1.1${state.config.reference === 'storing' ? ', proving and storing each update' : ''}); ratio = Roundtable / reference, lower is better`,
    ...envLines,
    '',
    ...state.reports.map(renderScenario).flatMap((table) => [table, '']),
  ];
  process.stdout.write(output.join('\n'));
  const file = writeResults(state, true);
  process.stdout.write(
    `results: ${path.relative(repoRoot, file)} (and bench/results/latest.json)\n`,
  );
}

const tracker = new ProcessTracker();
process.on('exit', () => tracker.killAll());
main(tracker).catch((error: unknown) => {
  tracker.killAll();
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
