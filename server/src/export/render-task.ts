// The work an export thread does: from a document's stored Yjs state to the bytes of the file.
// It receives and returns plain data only, so it can run in a worker thread (see export-pool.ts).
import { authorshipShares, type AuthorshipWays } from './authorship-shares.ts';
import { yjsStateToProseMirrorJSON } from './document-model.ts';
import { renderExport, type ExportFormat } from './index.ts';
import type { ExportOptions } from './types.ts';

export interface RenderTask {
  format: ExportFormat;
  /** The document's encoded Yjs state (an update), as stored. */
  state: Uint8Array;
  options: ExportOptions;
  /** With a co-production record: its authorship shares are counted here, from `state`. */
  authorship?: AuthorshipWays | undefined;
}

export async function renderTask(task: RenderTask): Promise<Uint8Array> {
  const { record } = task.options;
  const options =
    record && task.authorship
      ? {
          ...task.options,
          record: { ...record, authorship: authorshipShares(task.state, task.authorship) },
        }
      : task.options;
  const doc = yjsStateToProseMirrorJSON(task.state);
  const body = await renderExport(task.format, doc, options);
  return typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
}
