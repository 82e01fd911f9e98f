// The entry of an export worker thread. The server's TypeScript runs through tsx, whose loader a
// worker thread does not inherit on Node 20 (nor does vitest give it one), so it is registered
// here for this thread; the same file then loads under `node --import tsx` and under vitest.
// tsx: start (scripts/build.mjs leaves this out of the compiled server's copy, and imports .js)
import { register } from 'tsx/esm/api';

register();
// tsx: end

const { renderTask } = await import('./render-task.ts');
const { readDocumentForPerson } = await import('./personal-data/document-reading.ts');
const { packPersonalData } = await import('./personal-data/pack.ts');
const { repairDocumentState, planEasyRead, pagesOfState, blocksOfStateTask, mergePackedLog } =
  await import('./document-work.ts');

export default renderTask;
// Named tasks, chosen by ExportPool with Piscina's `name`: a copy of a person's data.
export { readDocumentForPerson, packPersonalData };
// Work on a large document (document-work.ts), so the event loop keeps answering.
export { repairDocumentState, planEasyRead, pagesOfState, blocksOfStateTask, mergePackedLog };
