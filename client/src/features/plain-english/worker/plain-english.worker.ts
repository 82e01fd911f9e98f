// The plain-English worker: runs the analysis off the page's main thread, so checking the text
// never slows typing. Loaded with Vite's `new Worker(new URL(…), { type: 'module' })`.
import { AnalysisRunner } from './analysis-runner.ts';
import type { WorkerReply, WorkerRequest } from './protocol.ts';

/** The little of a dedicated worker's global scope used here (the DOM types describe a window). */
interface WorkerScope {
  postMessage(reply: WorkerReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;

const runner = new AnalysisRunner({
  post: (reply) => scope.postMessage(reply),
  yieldToOthers: () => new Promise((resolve) => setTimeout(resolve, 0)),
});

scope.addEventListener('message', (event) => {
  void runner.handle(event.data);
});
