// A second, synchronous copy of the changes the server does not have yet. IndexedDB writes
// are asynchronous, and a browser that unloads the page (a reload, a closed tab) may abort the
// last of them: the final letters someone typed offline would be gone. Just before the page
// goes away, what the server lacks is written to localStorage, which is synchronous; the next
// session for the document applies it, and it is removed once the server has everything.
import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';

const KEY_PREFIX = 'roundtable-unsent-';

/** The transaction origin of changes applied from the backup. */
export const unsentBackupOrigin = Symbol('unsent-backup');

function keyFor(documentId: string): string {
  return `${KEY_PREFIX}${documentId}`;
}

/** Writes the changes in `doc` that go beyond `serverStateVector`. Never throws. */
export function writeUnsentBackup(
  storage: Storage,
  documentId: string,
  doc: Y.Doc,
  serverStateVector: Uint8Array,
): void {
  try {
    storage.setItem(keyFor(documentId), toBase64(Y.encodeStateAsUpdate(doc, serverStateVector)));
  } catch {
    // Full or unavailable storage: the IndexedDB copy is still there for all but the last moments.
  }
}

/** Applies a backup left by an earlier session, if any. Returns whether there was one. */
export function applyUnsentBackup(storage: Storage, documentId: string, doc: Y.Doc): boolean {
  let stored: string | null;
  try {
    stored = storage.getItem(keyFor(documentId));
  } catch {
    return false;
  }
  if (stored === null) return false;
  try {
    Y.applyUpdate(doc, fromBase64(stored), unsentBackupOrigin);
    return true;
  } catch {
    // A damaged backup must not stop the document opening.
    clearUnsentBackup(storage, documentId);
    return false;
  }
}

export function clearUnsentBackup(storage: Storage, documentId: string): void {
  try {
    storage.removeItem(keyFor(documentId));
  } catch {
    // Nothing to clear in unavailable storage.
  }
}

/** Removes every document's backup (on sign-out). */
export function clearAllUnsentBackups(storage: Storage): void {
  try {
    const keys: string[] = [];
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key?.startsWith(KEY_PREFIX)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
  } catch {
    // Nothing to clear in unavailable storage.
  }
}
