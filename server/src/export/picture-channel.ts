// Uploaded pictures cross into an export's worker thread over a MessagePort: the worker asks
// for a picture by its id, and the main thread, which holds the storage, answers with its bytes
// or null. Only ids of the form Roundtable makes are asked about or answered, and the main
// thread's loader is bound to the exported document's workspace, so a document can show only
// its own workspace's pictures.
import type { MessagePort } from 'node:worker_threads';
import { parsePictureRef } from '@roundtable/shared/editor/picture';
import type { LoadedPicture } from './types.ts';

/** Loads an uploaded picture of the workspace being exported, by its id. */
export type UploadLoader = (pictureId: string) => Promise<LoadedPicture | null>;

interface PictureRequest {
  id: number;
  pictureId: string;
}

interface PictureAnswer {
  id: number;
  picture: LoadedPicture | null;
}

const isUploadId = (value: unknown): value is string =>
  typeof value === 'string' && parsePictureRef(`upload:${value}`) !== null;

/** Main thread: answers the worker's requests on `port` with `load`, until the port closes. */
export function servePictures(port: MessagePort, load: UploadLoader): void {
  port.on('message', (message: Partial<PictureRequest>) => {
    const { id, pictureId } = message;
    if (typeof id !== 'number') return;
    const answer = (picture: LoadedPicture | null) =>
      port.postMessage({ id, picture } satisfies PictureAnswer);
    if (!isUploadId(pictureId)) return answer(null);
    load(pictureId).then(
      (picture) =>
        answer(picture ? { bytes: picture.bytes, mediaType: String(picture.mediaType) } : null),
      () => answer(null),
    );
  });
}

/** Worker thread: a loader that asks the main thread over `port`. */
export function requestPictures(port: MessagePort): UploadLoader {
  let next = 0;
  const waiting = new Map<number, (picture: LoadedPicture | null) => void>();
  port.on('message', (message: PictureAnswer) => {
    waiting.get(message.id)?.(message.picture ?? null);
    waiting.delete(message.id);
  });
  port.on('close', () => {
    for (const resolve of waiting.values()) resolve(null);
    waiting.clear();
  });
  return (pictureId) =>
    new Promise((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      port.postMessage({ id, pictureId } satisfies PictureRequest);
    });
}
