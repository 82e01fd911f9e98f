// Loads documents so that one bad stored update can never make a document unloadable: a row
// that fails to apply is moved to the quarantine (kept for inspection), logged once with the
// document id, counted, and the document loads from the rest. Wraps the store's update log, so
// the rooms and the services (content, export, versions, suggestions) all load this way.
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { newServerDoc } from '../documents/server-doc.ts';
import { isWhole } from '../documents/snapshot.ts';
import type { StoredDocumentState, StoredUpdateRef, UpdateLog } from '../storage/ports.ts';

export interface VerifiedUpdateLogOptions {
  log: UpdateLog;
  logger: Logger;
  now?: () => Date;
  /** Observes each update moved to the quarantine, for metrics. */
  onQuarantined?: () => void;
}

export interface LoadedDocument {
  doc: Y.Doc;
  /** Bytes in the stored log tail that loaded. */
  logBytes: number;
  /**
   * The document's whole state as one update, when storage held it so (one snapshot, no tail,
   * nothing left pending): a room needs it for the size and the first reader, and encoding it
   * again from the document would cost as much as applying it did.
   */
  state?: Uint8Array;
}

interface Failure {
  index: number;
  error: string;
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/**
 * Applies every update not in `skip` to a new document, stopping at the first that throws (the
 * document may then be half changed: the caller discards it). In one transaction when `fast`,
 * as loading normally is; else one transaction per update, so that a failure while a
 * transaction ends is blamed on the update that caused it.
 */
function tryBuild(
  updates: readonly Uint8Array[],
  skip: ReadonlySet<number>,
  fast: boolean,
): { doc: Y.Doc; failure: Failure | undefined } {
  const doc = newServerDoc();
  let index = 0;
  const applyEach = (): void => {
    for (index = 0; index < updates.length; index++) {
      const update = updates[index];
      if (update !== undefined && !skip.has(index)) Y.applyUpdate(doc, update);
    }
  };
  try {
    if (fast) doc.transact(applyEach);
    else applyEach();
    return { doc, failure: undefined };
  } catch (error) {
    return { doc, failure: { index, error: messageOf(error) } };
  }
}

/** The one stored update that the document was built from alone and completely, if so. */
function wholeStateOf(
  doc: Y.Doc,
  stored: StoredDocumentState,
  skipped: ReadonlySet<number>,
): Uint8Array | undefined {
  if (stored.updates.length !== 1 || skipped.size > 0) return undefined;
  if (!isWhole(doc)) return undefined;
  return stored.updates[0];
}

export class VerifiedUpdateLog implements UpdateLog {
  private readonly options: VerifiedUpdateLogOptions;

  constructor(options: VerifiedUpdateLogOptions) {
    this.options = options;
  }

  appendUpdates: UpdateLog['appendUpdates'] = (batch) => this.options.log.appendUpdates(batch);
  compact: UpdateLog['compact'] = (documentId, merge, options) =>
    this.options.log.compact(documentId, merge, options);
  listClientAuthors: UpdateLog['listClientAuthors'] = (documentId) =>
    this.options.log.listClientAuthors(documentId);
  quarantine: UpdateLog['quarantine'] = (documentId, ref, reason) =>
    this.options.log.quarantine(documentId, ref, reason);
  listQuarantined: UpdateLog['listQuarantined'] = (documentId) =>
    this.options.log.listQuarantined(documentId);

  /** The document built from every stored update that applies; undefined when none is stored. */
  async loadDoc(
    documentId: string,
    onRead?: (stored: StoredDocumentState) => Promise<void>,
  ): Promise<LoadedDocument | undefined> {
    const stored = await this.options.log.loadDocument(documentId);
    if (!stored) return undefined;
    await onRead?.(stored);
    const { doc, skipped } = await this.build(documentId, stored);
    let logBytes = stored.logBytes;
    for (const index of skipped) {
      if (stored.refs[index]?.kind === 'log') logBytes -= stored.updates[index]?.byteLength ?? 0;
    }
    const state = wholeStateOf(doc, stored, skipped);
    return state ? { doc, logBytes, state } : { doc, logBytes };
  }

  /** The stored updates that apply (checked by building the document once). */
  async loadDocument(documentId: string): Promise<StoredDocumentState | undefined> {
    const stored = await this.options.log.loadDocument(documentId);
    if (!stored) return undefined;
    const { doc, skipped } = await this.build(documentId, stored);
    doc.destroy();
    if (skipped.size === 0) return stored;
    const keep = (_: unknown, index: number) => !skipped.has(index);
    let logBytes = 0;
    stored.updates.forEach((update, index) => {
      if (!skipped.has(index) && stored.refs[index]?.kind === 'log') logBytes += update.byteLength;
    });
    return {
      updates: stored.updates.filter(keep),
      refs: stored.refs.filter(keep),
      logBytes,
      snapshotChecked: stored.snapshotChecked && !skipped.has(0),
    };
  }

  /** Builds the document, leaving out (and quarantining) each update that fails to apply. */
  private async build(
    documentId: string,
    stored: StoredDocumentState,
  ): Promise<{ doc: Y.Doc; skipped: Set<number> }> {
    const skipped = new Set<number>();
    let fast = true;
    for (;;) {
      const { doc, failure } = tryBuild(stored.updates, skipped, fast);
      if (!failure) return { doc, skipped };
      doc.destroy();
      if (fast) {
        // Find the culprit update by update: a failure may surface only as a transaction ends.
        fast = false;
        continue;
      }
      if (failure.index >= stored.updates.length) throw new Error(failure.error);
      skipped.add(failure.index);
      const ref = stored.refs[failure.index];
      if (ref) await this.moveAside(documentId, ref, failure.error);
    }
  }

  private async moveAside(documentId: string, ref: StoredUpdateRef, error: string): Promise<void> {
    const { log, logger, now = () => new Date() } = this.options;
    try {
      const moved = await log.quarantine(documentId, ref, { error, at: now().toISOString() });
      if (!moved) return;
      this.options.onQuarantined?.();
      logger.warn(
        { documentId, stored: ref, error },
        'a stored update failed to apply: moved to the quarantine, the document loads without it',
      );
    } catch (failure) {
      // Still left out of this load; the next load tries to move it again.
      logger.error({ err: failure, documentId, stored: ref }, 'quarantining an update failed');
    }
  }
}
