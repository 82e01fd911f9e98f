// The messages between the benchmark orchestrator (bench/run.ts) and its client worker processes
// (bench/client-worker.ts), sent over the Node IPC channel. Every command carries an id that its
// reply repeats, so one worker can have several commands in flight (e.g. a trace watch and a probe).

/** One simulated editor: a Y.Doc with a WebsocketProvider in a room. */
export interface ClientSpec {
  /** Unique across the whole run; written into every marker this client inserts. */
  key: string;
  room: string;
}

/** How many markers a writer sent, and in which room, so receivers know what to expect. */
export interface SentCount {
  key: string;
  room: string;
  count: number;
}

export type Command =
  | {
      type: 'connect';
      id: number;
      wsBase: string;
      /** URL query parameters for every connection (Roundtable: `token`). */
      params: Record<string, string>;
      clients: ClientSpec[];
      /**
       * Record marker delays and classify every incoming message (fan-out, rooms). Off for the
       * trace and cold load, where that bookkeeping per update would slow the clients down.
       */
      instrument: boolean;
      timeoutMs: number;
    }
  | {
      type: 'write';
      id: number;
      /** Keys of this worker's clients that write. */
      writers: string[];
      /** Absolute time (performance.timeOrigin + performance.now()) of the first tick. */
      startAt: number;
      intervalMs: number;
      count: number;
      /** Spread each writer's first insert randomly over one interval. */
      randomPhase: boolean;
    }
  | { type: 'drain'; id: number; sent: SentCount[]; timeoutMs: number }
  | { type: 'trace-watch'; id: number; expectedText: string; timeoutMs: number }
  | { type: 'trace-write'; id: number; file: string; edits: number; highWaterBytes: number }
  | { type: 'bulk-write'; id: number; updates: number; seed: number; highWaterBytes: number }
  | {
      type: 'probe';
      id: number;
      wsBase: string;
      params: Record<string, string>;
      room: string;
      expectedText: string;
      timeoutMs: number;
    }
  | { type: 'disconnect'; id: number };

export interface TimerLag {
  /** Ticks that fired, and how late the worst and the 99th percentile were (ms). */
  ticks: number;
  p99Ms: number;
  maxMs: number;
  /** The worst lateness in each second of the schedule, to tell a stall from steady overload. */
  maxMsBySecond: number[];
  /** Event-loop utilisation of the worker while writing (1 = never idle: the client is the limit). */
  eventLoopUtilization: number;
}

export type Reply =
  | { type: 'ready'; id: number; pid: number }
  | {
      type: 'connected';
      id: number;
      startedAt: number;
      syncedAt: number;
      clients: number;
      failed: number;
    }
  | {
      type: 'written';
      id: number;
      sent: Array<{ key: string; count: number }>;
      lag: TimerLag;
    }
  | {
      type: 'drained';
      id: number;
      /** Send-to-observe delays (ms), one per (receiver, marker). */
      latencies: number[];
      expected: number;
      observed: number;
      /** Update messages a client got back that held only its own changes. */
      echoes: number;
      /** Everything the clients received from the server since the write started. */
      receivedMessages: number;
      receivedBytes: number;
      receivedKinds: Record<string, number>;
      /** Messages per kind since the clients were created, connecting included. */
      receivedKindsTotal: Record<string, number>;
      /** Connections the server (or the network) closed, and a sample of close codes and reasons. */
      disconnects: number;
      closeReasons: string[];
      /** [room, sha1 of the client's final text], one per client, to check convergence. */
      digests: Array<[string, string]>;
    }
  | {
      type: 'trace-watched';
      id: number;
      ok: boolean;
      doneAt: number;
      length: number;
      updates: number;
    }
  | {
      type: 'trace-written';
      id: number;
      startedAt: number;
      finishedAt: number;
      edits: number;
      maxBufferedBytes: number;
      /** Messages and bytes the writer received from the server while it sent. */
      receivedMessages: number;
      receivedBytes: number;
    }
  | {
      type: 'bulk-written';
      id: number;
      startedAt: number;
      finishedAt: number;
      updates: number;
      text: string;
    }
  | {
      type: 'probed';
      id: number;
      ok: boolean;
      /** From creating the provider to its 'sync' event. */
      /** null when it did not happen (NaN would not survive the JSON of the IPC channel). */
      syncedMs: number | null;
      /** From creating the provider to holding the expected text. */
      completeMs: number | null;
      length: number;
    }
  | { type: 'disconnected'; id: number }
  | { type: 'error'; id: number; message: string };

export type ReplyType = Reply['type'];
export type ReplyOf<T extends ReplyType> = Extract<Reply, { type: T }>;

const commandTypes: ReadonlySet<string> = new Set([
  'connect',
  'write',
  'drain',
  'trace-watch',
  'trace-write',
  'bulk-write',
  'probe',
  'disconnect',
]);

const replyTypes: ReadonlySet<string> = new Set([
  'ready',
  'connected',
  'written',
  'drained',
  'trace-watched',
  'trace-written',
  'bulk-written',
  'probed',
  'disconnected',
  'error',
]);

function hasTypeAndId(value: unknown): value is { type: string; id: number } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'type' in value &&
    typeof value.type === 'string' &&
    'id' in value &&
    typeof value.id === 'number'
  );
}

// Both ends are our own code, so a check of the discriminant is enough at this edge.
export function isCommand(value: unknown): value is Command {
  return hasTypeAndId(value) && commandTypes.has(value.type);
}

export function isReply(value: unknown): value is Reply {
  return hasTypeAndId(value) && replyTypes.has(value.type);
}

/** Wall-clock milliseconds comparable across processes on one machine. */
export function nowMs(): number {
  return performance.timeOrigin + performance.now();
}
