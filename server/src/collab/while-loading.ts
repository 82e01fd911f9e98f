// What happens to a document while it loads (reading storage, waiting for early answers,
// building, repairing): the connections waiting for it, which access changes must reach like
// any other (a person removed meanwhile is closed, not let in when the load ends), and the
// rules (a lock, review) set meanwhile, which the room takes once it has loaded.
import type { CollabConnection } from './connection.ts';
import { KeyedSets } from './keyed-sets.ts';
import type { DocumentRoom } from './room.ts';

/** A lock or review set (a reason) or ended (null); absent is unchanged. */
export interface DraftRuleChange {
  lock?: string | null;
  suggestionsOnly?: string | null;
}

export function applyRule(room: DocumentRoom, rule: DraftRuleChange): void {
  if (rule.lock !== undefined) room.setLock(rule.lock);
  if (rule.suggestionsOnly !== undefined) room.setSuggestionsOnly(rule.suggestionsOnly);
}

export class WhileLoading {
  private readonly waiting = new KeyedSets<CollabConnection>();
  private readonly rules = new Map<string, DraftRuleChange>();

  /** A connection waits for the document; returns a function to call when it stops waiting. */
  wait(documentId: string, connection: CollabConnection): () => void {
    return this.waiting.add(documentId, connection);
  }

  connections(): Iterable<CollabConnection> {
    return this.waiting.values();
  }

  connectionsOf(documentId: string): Iterable<CollabConnection> {
    return this.waiting.of(documentId);
  }

  /** Keeps the latest rule set while the document loads. */
  setRule(documentId: string, rule: DraftRuleChange): void {
    this.rules.set(documentId, { ...this.rules.get(documentId), ...rule });
  }

  /** The document has loaded: its room takes the rules set meanwhile. */
  loaded(room: DocumentRoom): void {
    const rules = this.rules.get(room.documentId);
    this.rules.delete(room.documentId);
    if (rules) applyRule(room, rules);
  }

  /** The load has ended (or failed): nothing more to keep. */
  ended(documentId: string): void {
    this.rules.delete(documentId);
  }
}
