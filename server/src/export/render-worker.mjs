// The entry of an export worker thread. The server's TypeScript runs through tsx, whose loader a
// worker thread does not inherit on Node 20 (nor does vitest give it one), so it is registered
// here for this thread; the same file then loads under `node --import tsx` and under vitest.
import { register } from 'tsx/esm/api';

register();

const { renderTask } = await import('./render-task.ts');

export default renderTask;
