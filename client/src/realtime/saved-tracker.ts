// Knows whether everything in this browser's copy of a document is stored on the server.
// It keeps the highest clock the server is known to hold for each Yjs client id, learnt from
// three places: the server's state vector (its sync step 1 on every connection), the updates
// the server sends us (it stores before it relays), and the "saved" acknowledgements for our
// own updates. The copy is saved when, for every client id in the local state vector, the
// server holds at least as much. Comparing the whole state vector (not just doc.clientID)
// covers edits restored from IndexedDB that were made under an older client id.
//
// Deletions add no clock to a state vector, so a local change that deletes is tracked apart: it
// counts as unsaved until the next acknowledgement arrives after it was made.
import * as Y from 'yjs';

export interface SavedTrackerOptions {
  doc: Y.Doc;
  /** The transaction origin of updates that came from the server (the provider). */
  serverOrigin: unknown;
}

type Listener = (saved: boolean) => void;

export class SavedTracker {
  private readonly doc: Y.Doc;
  private readonly serverOrigin: unknown;
  private readonly serverClocks = new Map<number, number>();
  private unsavedDeletions = false;
  private lastSaved: boolean;
  private readonly listeners = new Set<Listener>();

  constructor(options: SavedTrackerOptions) {
    this.doc = options.doc;
    this.serverOrigin = options.serverOrigin;
    this.doc.on('update', this.onUpdate);
    this.lastSaved = this.computeSaved();
  }

  /** True when the server holds everything in the local copy. */
  isSaved(): boolean {
    return this.lastSaved;
  }

  /** Calls `listener` whenever the answer of `isSaved()` changes. Returns an unsubscribe. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** What the server is known to hold, as an encoded state vector. */
  serverStateVector(): Uint8Array {
    return Y.encodeStateVector(this.serverClocks);
  }

  /** The server's state vector, from its sync step 1. */
  noteServerStateVector(stateVector: ReadonlyMap<number, number>): void {
    this.raise(stateVector);
    this.refresh();
  }

  /** A "saved" acknowledgement for updates sent on this connection. */
  noteAcknowledged(clocks: ReadonlyMap<number, number>): void {
    this.raise(clocks);
    this.unsavedDeletions = false;
    this.refresh();
  }

  destroy(): void {
    this.doc.off('update', this.onUpdate);
    this.listeners.clear();
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    const { to } = Y.parseUpdateMeta(update);
    if (origin === this.serverOrigin) {
      this.raise(to);
    } else if (Y.decodeUpdate(update).ds.clients.size > 0) {
      this.unsavedDeletions = true;
    }
    this.refresh();
  };

  private raise(clocks: ReadonlyMap<number, number>): void {
    for (const [client, clock] of clocks) {
      if (clock > (this.serverClocks.get(client) ?? 0)) this.serverClocks.set(client, clock);
    }
  }

  private computeSaved(): boolean {
    if (this.unsavedDeletions) return false;
    for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(this.doc))) {
      if ((this.serverClocks.get(client) ?? 0) < clock) return false;
    }
    return true;
  }

  private refresh(): void {
    const saved = this.computeSaved();
    if (saved === this.lastSaved) return;
    this.lastSaved = saved;
    for (const listener of this.listeners) listener(saved);
  }
}
