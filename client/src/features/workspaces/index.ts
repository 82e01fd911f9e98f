// Workspaces and documents: the start page, the bin, and the REST calls behind them.
export { StartPage } from './StartPage.tsx';
export { getDocument, restoreDocument } from './api.ts';
export { useDocument, useWorkspace } from './queries.ts';
