// The orchestrator's side of the client worker processes: spawn one (pinned to the client core),
// send it commands, and await the reply with the same id, each with a time limit.

import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { isReply } from './protocol.ts';
import type { Command, Reply, ReplyOf, ReplyType } from './protocol.ts';
import { pinnedCommand } from './servers.ts';
import type { Pinning, ProcessTracker } from './servers.ts';

/** A command as the caller writes it; the worker pool assigns the id. */
export type CommandBody = Command extends infer C
  ? C extends Command
    ? Omit<C, 'id'>
    : never
  : never;

interface Pending {
  resolve(reply: Reply): void;
  reject(error: Error): void;
}

export class ClientWorker {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private exitReason: string | null = null;

  private constructor(
    readonly label: string,
    private readonly child: ChildProcess,
  ) {
    child.on('message', (message: unknown) => {
      if (!isReply(message)) return;
      const waiter = this.pending.get(message.id);
      if (waiter === undefined) return;
      this.pending.delete(message.id);
      waiter.resolve(message);
    });
    child.once('exit', (code, signal) => {
      this.exitReason = `worker ${label} exited (${code ?? signal})`;
      for (const waiter of this.pending.values()) waiter.reject(new Error(this.exitReason));
      this.pending.clear();
    });
  }

  static async start(options: {
    label: string;
    repoRoot: string;
    pinning: Pinning;
    tracker: ProcessTracker;
    timeoutMs: number;
  }): Promise<ClientWorker> {
    const script = path.join(options.repoRoot, 'bench/client-worker.ts');
    const [command, args] = pinnedCommand(options.pinning.clientCore, [
      process.execPath,
      '--import',
      'tsx',
      script,
    ]);
    const child = spawn(command, args, {
      cwd: options.repoRoot,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    options.tracker.add(child);
    const worker = new ClientWorker(options.label, child);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`worker ${options.label} not ready`)),
        options.timeoutMs,
      );
      const onMessage = (message: unknown): void => {
        if (!isReply(message) || message.type !== 'ready') return;
        clearTimeout(timer);
        child.off('message', onMessage);
        resolve();
      };
      child.on('message', onMessage);
      child.once('exit', () => {
        clearTimeout(timer);
        reject(new Error(`worker ${options.label} exited before it was ready`));
      });
    });
    return worker;
  }

  request<T extends ReplyType>(
    body: CommandBody,
    expect: T,
    timeoutMs: number,
  ): Promise<ReplyOf<T>> {
    if (this.exitReason !== null) return Promise.reject(new Error(this.exitReason));
    const id = this.nextId;
    this.nextId += 1;
    const command = { ...body, id } as Command;
    return new Promise<ReplyOf<T>>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`worker ${this.label}: no reply to ${body.type} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (reply) => {
          clearTimeout(timer);
          if (reply.type === expect) resolve(reply as ReplyOf<T>);
          else if (reply.type === 'error')
            reject(new Error(`worker ${this.label}: ${reply.message}`));
          else reject(new Error(`worker ${this.label}: expected ${expect}, got ${reply.type}`));
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.child.send(command);
    });
  }

  /** Close the worker's connections and let it exit; kill it if it does not within the limit. */
  async close(timeoutMs = 5000): Promise<void> {
    if (this.exitReason !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    try {
      await this.request({ type: 'disconnect' }, 'disconnected', timeoutMs);
    } catch {
      // fall through to the kill below
    }
    const timer = setTimeout(() => {
      if (this.child.pid !== undefined && this.exitReason === null) this.child.kill('SIGKILL');
    }, timeoutMs);
    await exited;
    clearTimeout(timer);
  }
}

export async function startWorkers(
  count: number,
  options: { labelPrefix: string; repoRoot: string; pinning: Pinning; tracker: ProcessTracker },
): Promise<ClientWorker[]> {
  return Promise.all(
    Array.from({ length: count }, (_, i) =>
      ClientWorker.start({
        ...options,
        label: `${options.labelPrefix}${i + 1}`,
        timeoutMs: 30_000,
      }),
    ),
  );
}

export async function closeWorkers(workers: readonly ClientWorker[]): Promise<void> {
  await Promise.all(workers.map((worker) => worker.close()));
}
