// "Who is here" in one room: the awareness states (names and cursors) of everyone with the
// document open, here and in the other processes. A connection changes only the ids it owns
// (PresenceClaims); each change is news to everyone here but its sender, and a change from here
// (or a local leave) is news to the other processes too.
import type * as Y from 'yjs';
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness';
import type { DocumentMessage } from '../bus/ports.ts';
import { decodeAwarenessEntries, encodeAwareness, encodeAwarenessEntries } from './codec.ts';
import { CollabConnection } from './connection.ts';
import { MAX_PRESENCE_STATE_BYTES, PresenceClaims } from './presence-claims.ts';
import type { RoomConnections } from './room-connections.ts';

/** The origin of changes that came from another server process or from storage. */
export const REMOTE = Symbol('remote');

export interface RoomPresenceOptions {
  doc: Y.Doc;
  /** The room's connections, read live. */
  connections: RoomConnections;
  /** Sends an awareness change to the other server processes. */
  publish: (message: DocumentMessage) => void;
}

export class RoomPresence {
  readonly awareness: Awareness;
  private readonly claims: PresenceClaims;

  constructor(private readonly options: RoomPresenceOptions) {
    this.awareness = new Awareness(options.doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwarenessChange);
    this.claims = new PresenceClaims({
      awareness: this.awareness,
      connections: options.connections,
    });
  }

  /** Whether anyone is shown here (a joining connection is sent everyone only then). */
  anyoneShown(): boolean {
    return this.awareness.getStates().size > 0;
  }

  /** Everyone's state, for a connection that joins or asks. */
  everyone(): Uint8Array {
    const states = [...this.awareness.getStates().keys()];
    return encodeAwareness(encodeAwarenessUpdate(this.awareness, states));
  }

  left(connection: CollabConnection): void {
    if (connection.awarenessIds.size > 0) {
      removeAwarenessStates(this.awareness, [...connection.awarenessIds], 'left');
    }
  }

  /**
   * An awareness update from a connection here: only the entries it may set, with states no
   * longer than MAX_PRESENCE_STATE_BYTES, are taken.
   */
  receive(connection: CollabConnection, update: Uint8Array): void {
    const sent = decodeAwarenessEntries(update, MAX_PRESENCE_STATE_BYTES);
    const entries = this.claims.ownEntries(connection, sent);
    if (entries.length === 0) return;
    // Relayed from the change event below, and only what is new: clients echo every
    // awareness update they receive, and relaying echoes would multiply traffic.
    applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(entries), connection);
  }

  receiveRemote(update: Uint8Array): void {
    try {
      applyAwarenessUpdate(this.awareness, update, REMOTE);
    } catch {
      // Another process checked it already; a broken one is simply not shown.
    }
  }

  destroy(): void {
    this.awareness.off('update', this.onAwarenessChange);
    this.awareness.destroy();
  }

  private readonly onAwarenessChange = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...change.added, ...change.updated, ...change.removed];
    for (const id of [...change.added, ...change.updated]) {
      this.claims.shown(id, this.awareness.getStates().get(id));
    }
    if (changed.length === 0) return;
    const update = encodeAwarenessUpdate(this.awareness, changed);
    // News to everyone connected here but its sender; a change from a connection here, or a
    // local leave, is news to the other processes too (timeouts happen in every process).
    this.options.connections.broadcast(
      encodeAwareness(update),
      origin instanceof CollabConnection ? origin : null,
    );
    if (origin instanceof CollabConnection || origin === 'left') {
      this.options.publish({ kind: 'awareness', update });
    }
  };
}
