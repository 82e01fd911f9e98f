// Helpers shared by the scenarios: spreading clients over workers, connecting them, collecting the
// receivers' reports into one set of figures, and turning anomalies into readable problems.

import type { ClientSpec, SentCount, TimerLag } from '../protocol.ts';
import type { ServerHandle } from '../servers.ts';
import type { ClientWorker } from '../workers.ts';

export const MiB = 1024 * 1024;

/** Deal clients out round-robin, so a room's clients sit in different processes. */
export function deal(clients: readonly ClientSpec[], workers: number): ClientSpec[][] {
  const hands: ClientSpec[][] = Array.from({ length: workers }, () => []);
  clients.forEach((client, i) => hands[i % workers]?.push(client));
  return hands;
}

export interface ConnectResult {
  /** From the first worker starting to connect to the last client synced. */
  connectMs: number;
  failed: number;
}

export async function connectAll(
  workers: readonly ClientWorker[],
  hands: readonly ClientSpec[][],
  server: ServerHandle,
  timeoutMs: number,
  instrument = true,
): Promise<ConnectResult> {
  const replies = await Promise.all(
    workers.map((worker, i) =>
      worker.request(
        {
          type: 'connect',
          wsBase: server.wsBase,
          params: server.clientParams,
          clients: hands[i] ?? [],
          instrument,
          timeoutMs,
        },
        'connected',
        timeoutMs + 10_000,
      ),
    ),
  );
  const started = Math.min(...replies.map((r) => r.startedAt));
  const synced = Math.max(...replies.map((r) => r.syncedAt));
  return { connectMs: synced - started, failed: replies.reduce((n, r) => n + r.failed, 0) };
}

export interface DrainResult {
  latencies: number[];
  expected: number;
  observed: number;
  lost: number;
  echoes: number;
  receivedMessages: number;
  receivedBytes: number;
  receivedKinds: Record<string, number>;
  receivedKindsTotal: Record<string, number>;
  disconnects: number;
  closeReasons: string[];
  /** Rooms whose clients ended with different texts. */
  divergedRooms: number;
}

function sumKinds(counts: ReadonlyArray<Record<string, number>>): Record<string, number> {
  const all: Record<string, number> = {};
  for (const count of counts) {
    for (const [kind, n] of Object.entries(count)) all[kind] = (all[kind] ?? 0) + n;
  }
  return all;
}

export async function drainAll(
  workers: readonly ClientWorker[],
  sent: SentCount[],
  timeoutMs: number,
): Promise<DrainResult> {
  const replies = await Promise.all(
    workers.map((worker) =>
      worker.request({ type: 'drain', sent, timeoutMs }, 'drained', timeoutMs + 30_000),
    ),
  );
  const digestsByRoom = new Map<string, Set<string>>();
  for (const reply of replies) {
    for (const [room, digest] of reply.digests) {
      const set = digestsByRoom.get(room) ?? new Set<string>();
      set.add(digest);
      digestsByRoom.set(room, set);
    }
  }
  const expected = replies.reduce((n, r) => n + r.expected, 0);
  const observed = replies.reduce((n, r) => n + r.observed, 0);
  return {
    latencies: replies.flatMap((r) => r.latencies),
    expected,
    observed,
    lost: expected - observed,
    echoes: replies.reduce((n, r) => n + r.echoes, 0),
    receivedMessages: replies.reduce((n, r) => n + r.receivedMessages, 0),
    receivedBytes: replies.reduce((n, r) => n + r.receivedBytes, 0),
    receivedKinds: sumKinds(replies.map((r) => r.receivedKinds)),
    receivedKindsTotal: sumKinds(replies.map((r) => r.receivedKindsTotal)),
    disconnects: replies.reduce((n, r) => n + r.disconnects, 0),
    closeReasons: [...new Set(replies.flatMap((r) => r.closeReasons))].slice(0, 5),
    divergedRooms: [...digestsByRoom.values()].filter((set) => set.size > 1).length,
  };
}

/** Worst case over workers (the p99 is the highest worker's p99, not a pooled one). */
export function mergeLag(lags: readonly TimerLag[]): TimerLag {
  const seconds = Math.max(0, ...lags.map((l) => l.maxMsBySecond.length));
  return {
    ticks: lags.reduce((n, l) => n + l.ticks, 0),
    p99Ms: Math.max(0, ...lags.map((l) => l.p99Ms)),
    maxMs: Math.max(0, ...lags.map((l) => l.maxMs)),
    maxMsBySecond: Array.from({ length: seconds }, (_, i) =>
      Math.max(0, ...lags.map((l) => l.maxMsBySecond[i] ?? 0)),
    ),
    eventLoopUtilization: Math.max(0, ...lags.map((l) => l.eventLoopUtilization)),
  };
}

/** Lost or late deliveries, divergence, dropped connections, a busy client core. */
export function deliveryProblems(drain: DrainResult, lag: TimerLag): string[] {
  const problems: string[] = [];
  if (drain.lost > 0) {
    problems.push(`${drain.lost} of ${drain.expected} expected deliveries never arrived`);
  }
  if (drain.divergedRooms > 0) problems.push(`${drain.divergedRooms} rooms did not converge`);
  if (drain.disconnects > 0) {
    problems.push(
      `${drain.disconnects} connections were closed during the run (${drain.closeReasons.join('; ') || 'no reason given'})`,
    );
  }
  if (lag.p99Ms > 5) {
    problems.push(
      `client timers ran late (p99 ${lag.p99Ms.toFixed(1)} ms, max ${lag.maxMs.toFixed(1)} ms; worst per second ${lag.maxMsBySecond.map((l) => l.toFixed(0)).join(' ')}): the client core was busy, so delays include client queueing`,
    );
  }
  return problems;
}

export function serverLogProblems(server: ServerHandle): string[] {
  const logs = server.logs();
  if (logs.errors === 0 && logs.warnings === 0) return [];
  return [
    `server logged ${logs.errors} errors and ${logs.warnings} warnings, e.g. ${logs.samples.slice(0, 2).join(' | ')}`,
  ];
}
