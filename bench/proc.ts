// The processes of a benchmark run: which cores they are pinned to, free ports, CPU and memory
// read from /proc (NaN elsewhere), and a tracker that kills what is left, by PID, on exit.

import type { ChildProcess } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism } from 'node:os';

export class ProcessTracker {
  private readonly live = new Map<number, ChildProcess>();

  add(child: ChildProcess): void {
    const { pid } = child;
    if (pid === undefined) return;
    this.live.set(pid, child);
    child.once('exit', () => this.live.delete(pid));
  }

  /** Synchronous, so it can run in a process 'exit' handler. */
  killAll(): void {
    for (const [pid, child] of this.live) {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
    this.live.clear();
  }
}

export interface Pinning {
  enabled: boolean;
  serverCore: number | null;
  clientCore: number | null;
  note: string;
}

function parseCpuList(list: string): number[] {
  const cores: number[] = [];
  for (const part of list.trim().split(',')) {
    const [from, to] = part.split('-').map(Number);
    if (from === undefined || Number.isNaN(from)) continue;
    const last = to === undefined || Number.isNaN(to) ? from : to;
    for (let core = from; core <= last; core += 1) cores.push(core);
  }
  return cores;
}

/** Server on the first allowed core, clients on the second, if taskset exists and there are two. */
export function detectPinning(): Pinning {
  const probe = spawnSync('taskset', ['-cp', String(process.pid)], { encoding: 'utf8' });
  if (probe.error !== undefined || probe.status !== 0) {
    return { enabled: false, serverCore: null, clientCore: null, note: 'taskset not available' };
  }
  const cores = parseCpuList(probe.stdout.split(':').pop() ?? '');
  const [serverCore, clientCore] = cores;
  if (serverCore === undefined || clientCore === undefined || availableParallelism() < 2) {
    return { enabled: false, serverCore: null, clientCore: null, note: 'fewer than two cores' };
  }
  return {
    enabled: true,
    serverCore,
    clientCore,
    note: `taskset: server on core ${serverCore}, clients on core ${clientCore}`,
  };
}

/** The command line for a process, prefixed with taskset when pinning. */
export function pinnedCommand(core: number | null, argv: string[]): [string, string[]] {
  const [command, ...args] = argv;
  if (command === undefined) throw new Error('empty command');
  if (core === null) return [command, args];
  return ['taskset', ['-c', String(core), command, ...args]];
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no port'))));
    });
  });
}

const clockTicks = ((): number => {
  const result = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  const ticks = Number(result.stdout?.trim());
  return Number.isFinite(ticks) && ticks > 0 ? ticks : 100;
})();

/** utime + stime of a process (all its threads) in seconds, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line, so 12 and 13 here (0-based 11, 12).
    return (Number(fields[11]) + Number(fields[12])) / clockTicks;
  } catch {
    return Number.NaN;
  }
}

export interface Memory {
  rssBytes: number;
  peakRssBytes: number;
}

export function memory(pid: number): Memory {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string): number => {
      const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
      return match?.[1] === undefined ? Number.NaN : Number(match[1]) * 1024;
    };
    return { rssBytes: kib('VmRSS'), peakRssBytes: kib('VmHWM') };
  } catch {
    return { rssBytes: Number.NaN, peakRssBytes: Number.NaN };
  }
}
