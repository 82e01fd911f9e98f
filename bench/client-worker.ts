// A benchmark client process: it holds some simulated editors (BenchClient) and runs the commands
// the orchestrator sends over IPC (see protocol.ts). It runs apart from the server (and is pinned
// to another core) so that client work does not count as server CPU. It exits when told to, or
// when the orchestrator goes away.

import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { isCommand, nowMs } from './protocol.ts';
import type { Command, Reply, SentCount, TimerLag } from './protocol.ts';
import { BenchClient } from './worker/bench-client.ts';
import { bulkWrite, traceWatch, traceWrite } from './worker/document-commands.ts';
import { state } from './worker/state.ts';
import { percentile } from './stats.ts';

function send(reply: Reply, then?: () => void): void {
  if (process.send === undefined)
    throw new Error('client-worker must be started with an IPC channel');
  process.send(reply, undefined, {}, () => then?.());
}

async function connect(command: Extract<Command, { type: 'connect' }>): Promise<Reply> {
  const { wsBase, params, timeoutMs } = command;
  const startedAt = nowMs();
  const clients = command.clients.map(
    (spec) =>
      new BenchClient({
        wsBase,
        params,
        room: spec.room,
        key: spec.key,
        latencies: command.instrument ? state.latencies : null,
        countEchoes: command.instrument,
      }),
  );
  state.clients.push(...clients);
  const results = await Promise.all(clients.map((client) => client.whenSynced(timeoutMs)));
  return {
    type: 'connected',
    id: 0,
    startedAt,
    syncedAt: nowMs(),
    clients: clients.length,
    failed: results.filter((ok) => !ok).length,
  };
}

/** Each writer inserts `count` markers, one per interval, on an absolute schedule (no drift). */
async function write(command: Extract<Command, { type: 'write' }>): Promise<Reply> {
  const writers = state.clients.filter((client) => command.writers.includes(client.key));
  state.latencies.length = 0;
  for (const client of state.clients) client.resetCounters();
  const lags: number[] = [];
  const maxMsBySecond: number[] = [];
  const eluBefore = performance.eventLoopUtilization();
  const runWriter = (client: BenchClient): Promise<void> =>
    new Promise((resolve) => {
      const phase = command.randomPhase ? Math.random() * command.intervalMs : 0;
      let tick = 0;
      const schedule = (): void => {
        if (tick >= command.count) {
          resolve();
          return;
        }
        const due = command.startAt + phase + tick * command.intervalMs;
        setTimeout(
          () => {
            const late = Math.max(0, nowMs() - due);
            lags.push(late);
            const second = Math.max(0, Math.floor((due - command.startAt) / 1000));
            maxMsBySecond[second] = Math.max(maxMsBySecond[second] ?? 0, late);
            client.insertMarker();
            tick += 1;
            schedule();
          },
          Math.max(0, due - nowMs()),
        );
      };
      schedule();
    });
  await Promise.all(writers.map(runWriter));
  const lag: TimerLag = {
    ticks: lags.length,
    p99Ms: lags.length === 0 ? 0 : percentile(lags, 99),
    maxMs: lags.reduce((max, late) => Math.max(max, late), 0),
    maxMsBySecond: Array.from(maxMsBySecond, (late) => Math.round((late ?? 0) * 10) / 10),
    eventLoopUtilization: performance.eventLoopUtilization(eluBefore).utilization,
  };
  return {
    type: 'written',
    id: 0,
    sent: writers.map((client) => ({ key: client.key, count: client.sent })),
    lag,
  };
}

function expectedFor(client: BenchClient, sent: SentCount[]): number {
  return sent
    .filter((s) => s.room === client.room && s.key !== client.key)
    .reduce((sum, s) => sum + s.count, 0);
}

function observedFor(client: BenchClient, sent: SentCount[]): number {
  return sent
    .filter((s) => s.room === client.room && s.key !== client.key)
    .reduce((sum, s) => sum + Math.min(s.count, client.observed.get(s.key) ?? 0), 0);
}

/** Wait (bounded) until every client has seen every marker sent in its room, then report. */
async function drain(sent: SentCount[], timeoutMs: number): Promise<Reply> {
  const deadline = performance.now() + timeoutMs;
  const complete = (): boolean =>
    state.clients.every((client) => observedFor(client, sent) >= expectedFor(client, sent));
  while (!complete() && performance.now() < deadline) await sleep(10);
  let expected = 0;
  let observed = 0;
  let echoes = 0;
  let receivedMessages = 0;
  let receivedBytes = 0;
  const receivedKinds: Record<string, number> = {};
  const receivedKindsTotal: Record<string, number> = {};
  let disconnects = 0;
  const closeReasons = new Set<string>();
  const digests: Array<[string, string]> = [];
  for (const client of state.clients) {
    expected += expectedFor(client, sent);
    observed += observedFor(client, sent);
    echoes += client.echoes;
    receivedMessages += client.receivedMessages;
    receivedBytes += client.receivedBytes;
    for (const [kind, n] of client.receivedKinds)
      receivedKinds[kind] = (receivedKinds[kind] ?? 0) + n;
    for (const [kind, n] of client.receivedKindsTotal)
      receivedKindsTotal[kind] = (receivedKindsTotal[kind] ?? 0) + n;
    disconnects += client.disconnects;
    for (const reason of client.closeReasons) closeReasons.add(reason);
    digests.push([client.room, createHash('sha1').update(client.text.toString()).digest('hex')]);
  }
  return {
    type: 'drained',
    id: 0,
    latencies: state.latencies.slice(),
    expected,
    observed,
    echoes,
    receivedMessages,
    receivedBytes,
    receivedKinds,
    receivedKindsTotal,
    disconnects,
    closeReasons: [...closeReasons].slice(0, 5),
    digests,
  };
}

/** A fresh editor joins: how long until it is synced, and until it holds the whole text. */
async function probe(command: Extract<Command, { type: 'probe' }>): Promise<Reply> {
  const started = performance.now();
  const client = new BenchClient({
    wsBase: command.wsBase,
    params: command.params,
    room: command.room,
    key: `probe-${Math.random().toString(36).slice(2, 8)}`,
    latencies: null,
    countEchoes: false,
  });
  try {
    const synced = await client.whenSynced(command.timeoutMs);
    const syncedMs = performance.now() - started;
    const matches = (): boolean =>
      client.text.length === command.expectedText.length &&
      client.text.toString() === command.expectedText;
    const deadline = started + command.timeoutMs;
    while (synced && !matches() && performance.now() < deadline) await sleep(1);
    const ok = synced && matches();
    return {
      type: 'probed',
      id: 0,
      ok,
      syncedMs: synced ? syncedMs : null,
      completeMs: ok ? performance.now() - started : null,
      length: client.text.length,
    };
  } finally {
    client.destroy();
  }
}

function disconnectAll(): Reply {
  for (const client of state.clients) client.destroy();
  state.clients = [];
  return { type: 'disconnected', id: 0 };
}

async function handle(command: Command): Promise<Reply> {
  switch (command.type) {
    case 'connect':
      return connect(command);
    case 'write':
      return write(command);
    case 'drain':
      return drain(command.sent, command.timeoutMs);
    case 'trace-watch':
      return traceWatch(command.expectedText, command.timeoutMs);
    case 'trace-write':
      return traceWrite(command);
    case 'bulk-write':
      return bulkWrite(command);
    case 'probe':
      return probe(command);
    case 'disconnect':
      return disconnectAll();
  }
}

process.on('message', (message: unknown) => {
  if (!isCommand(message)) return;
  handle(message)
    .then((reply) => {
      const withId = { ...reply, id: message.id };
      if (message.type === 'disconnect') send(withId, () => process.exit(0));
      else send(withId);
    })
    .catch((error: unknown) => {
      send({ type: 'error', id: message.id, message: String(error) });
    });
});

// Each WebsocketProvider adds a process 'exit' listener; hundreds per worker are expected here.
process.setMaxListeners(0);

// Never outlive the orchestrator.
process.on('disconnect', () => process.exit(1));

send({ type: 'ready', id: 0, pid: process.pid });
