// Who each Yjs client id in a document belongs to, so nobody adds words under someone else's:
// ids stored with their person, ids claimed by an update still waiting in the persist queue
// (the first claim wins), and ids another process brought content under, whose person is being
// read from storage.
import * as Y from 'yjs';
import type { ClientAuthor } from '../storage/ports.ts';
import { checkUpdate, type ClockRanges } from './codec.ts';
import type { CollabConnection } from './connection.ts';

export class ClientOwners {
  /** Client ids whose person is already stored, so each is recorded once per room. */
  private readonly storedAuthors = new Set<number>();
  /**
   * Yjs client id → the person it belongs to: stored, or claimed by an update still waiting in
   * the persist queue (the first claim wins). Only they may add content under it.
   */
  private readonly ownerOf = new Map<number, string>();
  /** Client ids another process brought content under, whose person is being read from storage. */
  private readonly lookingUp = new Set<number>();

  constructor(
    private readonly doc: Y.Doc,
    /** Who each client id belongs to, as stored when the room loaded. */
    authors: readonly ClientAuthor[],
  ) {
    this.learnAuthors(authors, []);
  }

  /** The authors of an update that is now stored. */
  stored(authors: readonly ClientAuthor[]): void {
    for (const { clientId } of authors) this.storedAuthors.add(clientId);
  }

  /**
   * The client ids whose content this update brings to the server for the first time belong to
   * the person who sent it. Content the server already holds (a resent sync) is not theirs.
   */
  newAuthors(connection: CollabConnection, clocks: ClockRanges): ClientAuthor[] {
    const { userId } = connection.principal;
    if (userId === null) return [];
    const authors: ClientAuthor[] = [];
    for (const [clientId, end] of clocks) {
      if (this.storedAuthors.has(clientId) || Y.getState(this.doc.store, clientId) >= end) continue;
      authors.push({ clientId, userId });
      // Claimed now, before it is stored: a rival claim later in this tick is refused.
      if (!this.ownerOf.has(clientId)) this.ownerOf.set(clientId, userId);
    }
    return authors;
  }

  /**
   * Whether an update brings content the server does not yet hold under a client id that
   * belongs to another person (stored, or claimed by an update waiting to be stored). Content
   * the server already fully holds under any id (a resent sync) is not news, so it is let by.
   */
  claimOf(
    connection: CollabConnection,
    clocks: ClockRanges,
  ): 'own' | 'someone-else' | 'not-yet-known' {
    const { userId } = connection.principal;
    let answer: 'own' | 'not-yet-known' = 'own';
    for (const [clientId, end] of clocks) {
      if (Y.getState(this.doc.store, clientId) >= end) continue;
      const owner = this.ownerOf.get(clientId);
      if (owner !== undefined && owner !== userId) return 'someone-else';
      if (owner === undefined && this.lookingUp.has(clientId)) answer = 'not-yet-known';
    }
    return answer;
  }

  /**
   * The client ids in an update from another process whose person this room does not know:
   * until `learnAuthors` is told who they are, new content under them is sent back to retry.
   */
  lookUpAuthorsOf(update: Uint8Array): number[] {
    const unknown: number[] = [];
    let clocks: ClockRanges;
    try {
      ({ clocks } = checkUpdate(update));
    } catch {
      return unknown; // Refused when it is taken (see DocumentRoom.receiveRemote).
    }
    for (const clientId of clocks.keys()) {
      if (this.ownerOf.has(clientId)) continue;
      this.lookingUp.add(clientId);
      unknown.push(clientId);
    }
    return unknown;
  }

  /** Who client ids belong to, as storage holds it (stored is final); ends their look-up. */
  learnAuthors(authors: readonly ClientAuthor[], lookedUp: readonly number[]): void {
    for (const { clientId, userId } of authors) {
      this.ownerOf.set(clientId, userId);
      this.storedAuthors.add(clientId);
    }
    for (const clientId of lookedUp) this.lookingUp.delete(clientId);
  }
}
