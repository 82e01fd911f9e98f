// What happens to a document while it loads (reading storage, waiting for early answers,
// building, repairing): the connections waiting for it, which access changes must reach like
// any other (a person removed meanwhile is closed, not let in when the load ends), and the
// rules (a lock, review) set meanwhile, which the room takes once it has loaded.
import type { CollabConnection } from './connection.ts';
import type { DocumentRoom } from './room.ts';

interface LateRules {
  lock?: string | null;
  suggestionsOnly?: string | null;
}

export class WhileLoading {
  private readonly waiting = new Map<string, Set<CollabConnection>>();
  private readonly rules = new Map<string, LateRules>();

  /** A connection waits for the document; returns a function to call when it stops waiting. */
  wait(documentId: string, connection: CollabConnection): () => void {
    let here = this.waiting.get(documentId);
    if (!here) {
      here = new Set();
      this.waiting.set(documentId, here);
    }
    const set = here;
    set.add(connection);
    return () => {
      set.delete(connection);
      if (set.size === 0 && this.waiting.get(documentId) === set) this.waiting.delete(documentId);
    };
  }

  *connections(): Generator<CollabConnection> {
    for (const set of this.waiting.values()) yield* set;
  }

  connectionsOf(documentId: string): Iterable<CollabConnection> {
    return this.waiting.get(documentId) ?? [];
  }

  /** Keeps the latest rule set while the document loads. */
  setRule(documentId: string, rule: LateRules): void {
    this.rules.set(documentId, { ...this.rules.get(documentId), ...rule });
  }

  /** The document has loaded: its room takes the rules set meanwhile. */
  loaded(room: DocumentRoom): void {
    const rules = this.rules.get(room.documentId);
    this.rules.delete(room.documentId);
    if (rules?.lock !== undefined) room.setLock(rules.lock);
    if (rules?.suggestionsOnly !== undefined) room.setSuggestionsOnly(rules.suggestionsOnly);
  }

  /** The load failed: nothing to take. */
  failed(documentId: string): void {
    this.rules.delete(documentId);
  }
}
