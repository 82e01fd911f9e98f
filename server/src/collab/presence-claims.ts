// Who may show what in "Who is here": a connection owns the first few awareness client ids it
// announces, may change or remove only those, and is always shown under the signed-in person's
// name. An id stays with its person after they leave, so only they can take it up again.
import type { Awareness } from 'y-protocols/awareness';
import type { AwarenessEntry } from './codec.ts';
import type { CollabConnection } from './connection.ts';

/** Awareness client ids one connection may own; a browser tab uses one. */
const MAX_AWARENESS_IDS_PER_CONNECTION = 4;

/**
 * The longest presence state taken, as sent (JSON bytes). Roundtable's editor sends a name, a
 * colour and a cursor, some 300 bytes; a longer state is not shown, so no connection can make the
 * server hold, and send every joiner, more than a few of these.
 */
export const MAX_PRESENCE_STATE_BYTES = 8 * 1024;

function personIdOf(state: unknown): string | null {
  if (typeof state !== 'object' || state === null) return null;
  const user = (state as { user?: unknown }).user;
  if (typeof user !== 'object' || user === null) return null;
  const { personId } = user as { personId?: unknown };
  return typeof personId === 'string' ? personId : null;
}

export interface PresenceClaimsOptions {
  awareness: Awareness;
  /** The room's connections, read live. */
  connections: ReadonlySet<CollabConnection>;
}

export class PresenceClaims {
  /**
   * Awareness client id → the person last shown under it (the `user.personId` the server sets),
   * kept after they leave so that only they can take it up again.
   */
  private readonly personOf = new Map<number, string>();

  constructor(private readonly options: PresenceClaimsOptions) {}

  /** Notes the person the server showed under an id (from `user.personId`). */
  shown(clientId: number, state: unknown): void {
    const personId = personIdOf(state);
    if (personId !== null) this.personOf.set(clientId, personId);
  }

  /**
   * The entries of an awareness update this connection may make: those for its own client ids
   * (the first it announces that nobody else holds), each showing the signed-in person's name.
   * Entries for anyone else's ids, including removals, are dropped.
   */
  ownEntries(connection: CollabConnection, entries: readonly AwarenessEntry[]): AwarenessEntry[] {
    const own: AwarenessEntry[] = [];
    for (const entry of entries) {
      if (entry.state === null) {
        // Leaving: only for an id it already owns (clients echo others' leaves too).
        if (connection.awarenessIds.has(entry.clientId)) own.push(entry);
        continue;
      }
      if (typeof entry.state !== 'object' || Array.isArray(entry.state)) continue;
      if (!this.mayClaim(connection, entry.clientId, entry.clock)) continue;
      connection.awarenessIds.add(entry.clientId);
      own.push({ ...entry, state: this.withPrincipal(connection, entry.state) });
    }
    return own;
  }

  /**
   * Whether a connection may set this awareness client id: one it owns already; a new one (up to
   * a few); or, with a newer clock, one last shown for the same person (a reconnect, here or
   * through another process). Clients echo everyone's awareness back, with the clock they were
   * given: an echo is never news, and an id of someone else's never becomes theirs.
   */
  private mayClaim(connection: CollabConnection, clientId: number, clock: number): boolean {
    if (connection.awarenessIds.has(clientId)) return true;
    if (connection.awarenessIds.size >= MAX_AWARENESS_IDS_PER_CONNECTION) return false;
    const { userId } = connection.principal;
    if (userId === null) return false;
    const seen = this.options.awareness.meta.get(clientId);
    if (seen !== undefined && clock <= seen.clock) return false;
    const shownFor = this.personOf.get(clientId);
    if (shownFor !== undefined && shownFor !== userId) return false;
    const holders = [...this.options.connections].filter(
      (other) => other !== connection && other.awarenessIds.has(clientId),
    );
    if (holders.some((other) => other.principal.userId !== userId)) return false;
    // Held by another connection of the same person (its socket not yet known to be dead).
    for (const other of holders) other.awarenessIds.delete(clientId);
    return true;
  }

  /** The state as sent, with `user.name` and `user.personId` set to the signed-in person. */
  private withPrincipal(connection: CollabConnection, state: object): object {
    const { userId, name } = connection.principal;
    const sent = (state as { user?: unknown }).user;
    const user = typeof sent === 'object' && sent !== null && !Array.isArray(sent) ? sent : {};
    return { ...state, user: { ...user, name: name ?? 'Someone', personId: userId } };
  }
}
