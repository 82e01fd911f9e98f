// The copies of documents this browser keeps (y-indexeddb), by name, and clearing them all.
import { clearAllUnsentBackups } from './unsent-backup.ts';

/** The IndexedDB database name for a document's copy on this device. */
export function localCopyName(documentId: string): string {
  return `roundtable-document-${documentId}`;
}

/**
 * Deletes every document copy this browser keeps, and any unsent-changes backups (on sign-out: a shared computer must not keep
 * a workshop's words). Browsers that cannot list databases keep them.
 */
export async function clearLocalCopies(
  factory: IDBFactory = indexedDB,
  storage: Storage = localStorage,
): Promise<void> {
  clearAllUnsentBackups(storage);
  if (typeof factory.databases !== 'function') return;
  const databases = await factory.databases();
  await Promise.all(
    databases
      .map((database) => database.name)
      .filter((name): name is string => name?.startsWith(localCopyName('')) ?? false)
      .map(
        (name) =>
          new Promise<void>((resolve) => {
            const request = factory.deleteDatabase(name);
            request.onsuccess = () => resolve();
            request.onerror = () => resolve();
            request.onblocked = () => resolve();
          }),
      ),
  );
}
