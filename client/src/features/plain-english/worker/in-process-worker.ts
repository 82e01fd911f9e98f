// The worker's loop run in this process behind the same port a Worker offers: for tests and the
// benchmark, which time exactly the code the worker runs without starting a Worker.
import { AnalysisRunner, type RunnerOptions } from './analysis-runner.ts';
import type { WorkerPort } from './checker.ts';
import type { WorkerReply } from './protocol.ts';

export interface InProcessWorker {
  port: WorkerPort;
  /** Resolves once every request sent so far has finished (or stopped). */
  idle(): Promise<void>;
}

export function inProcessWorker(options: Omit<RunnerOptions, 'post'>): InProcessWorker {
  const listeners: Array<(event: MessageEvent<WorkerReply>) => void> = [];
  const running: Promise<void>[] = [];
  const runner = new AnalysisRunner({
    ...options,
    post: (reply) => {
      for (const listener of listeners) listener({ data: reply } as MessageEvent<WorkerReply>);
    },
  });
  return {
    port: {
      postMessage: (request) => running.push(runner.handle(request)),
      addEventListener: (
        type: 'message' | 'error',
        listener: (event: MessageEvent<WorkerReply>) => void,
      ) => {
        if (type === 'message') listeners.push(listener);
      },
      terminate: () => undefined,
    },
    idle: async () => {
      await Promise.all(running);
    },
  };
}
