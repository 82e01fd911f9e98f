// The work an export thread does: from a document's stored Yjs state to the bytes of the file,
// and, for Easy Read, the number of A4 pages it takes. It receives and returns plain data only,
// so it can run in a worker thread (see export-pool.ts); pictures come from the OpenMoji package
// on disk, and uploaded ones from the main thread over the task's port.
import type { MessagePort } from 'node:worker_threads';
import type { PictureRef } from '@roundtable/shared/editor/picture';
import type { PageCountBasis } from '@roundtable/shared/protocol/export';
import { authorshipShares, type AuthorshipWays } from './authorship-shares.ts';
import { yjsStateToProseMirrorJSON } from './document-model.ts';
import { renderExport, type ExportFormat } from './index.ts';
import { loadOpenMoji } from './openmoji.ts';
import { renderPdfDocument } from './pdf.ts';
import { requestPictures } from './picture-channel.ts';
import type { ExportOptions, LoadedPicture, PictureLoader } from './types.ts';

export interface RenderTask {
  format: ExportFormat;
  /** The document's encoded Yjs state (an update), as stored. */
  state: Uint8Array;
  /** Everything but the picture loader, which this thread makes. */
  options: Omit<ExportOptions, 'loadPicture'>;
  /** With a co-production record: its authorship shares are counted here, from `state`. */
  authorship?: AuthorshipWays | undefined;
  /** Where to ask for uploaded pictures (see picture-channel.ts); without it they show as alt text. */
  uploads?: MessagePort | undefined;
}

export interface PageCount {
  count: number;
  basis: PageCountBasis;
}

export interface RenderResult {
  body: Uint8Array;
  /** An Easy Read export's A4 pages; null for other exports. */
  pages: PageCount | null;
}

export async function renderTask(task: RenderTask): Promise<RenderResult> {
  try {
    const options: ExportOptions = {
      ...withAuthorship(task),
      loadPicture: pictureLoader(task.uploads),
    };
    const doc = yjsStateToProseMirrorJSON(task.state);
    if (task.format === 'pdf') {
      const { body, pages } = await renderPdfDocument(doc, options);
      return { body, pages: options.easyRead ? { count: pages, basis: 'pdf' } : null };
    }
    const rendered = await renderExport(task.format, doc, options);
    const body = typeof rendered === 'string' ? Buffer.from(rendered, 'utf8') : rendered;
    if (!options.easyRead || task.format === 'md') return { body, pages: null };
    // Word and browsers lay pages out themselves; the PDF's layout is the honest estimate.
    const { pages } = await renderPdfDocument(doc, options);
    return { body, pages: { count: pages, basis: 'estimate' } };
  } finally {
    task.uploads?.close();
  }
}

function withAuthorship(task: RenderTask): Omit<ExportOptions, 'loadPicture'> {
  const { record } = task.options;
  if (!record || !task.authorship) return task.options;
  return {
    ...task.options,
    record: { ...record, authorship: authorshipShares(task.state, task.authorship) },
  };
}

/** OpenMoji from the package, uploads from the main thread; each picture loaded once. */
function pictureLoader(uploads: MessagePort | undefined): PictureLoader {
  const requestUpload = uploads ? requestPictures(uploads) : null;
  const loaded = new Map<string, Promise<LoadedPicture | null>>();
  return (ref: PictureRef) => {
    const key = `${ref.source}:${ref.id}`;
    let picture = loaded.get(key);
    if (!picture) {
      picture =
        ref.source === 'openmoji'
          ? loadOpenMoji(ref.id)
          : requestUpload
            ? requestUpload(ref.id)
            : Promise.resolve(null);
      loaded.set(key, picture);
    }
    return picture;
  };
}
