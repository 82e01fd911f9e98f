// Turns awareness changes into "Sam joined." / "Sam left." for the live region. It stays quiet
// about the people already there when we first connect (arrivals in the first seconds), and about everyone vanishing when it is
// our own connection that dropped (the provider clears every remote state then). After a
// reconnect it compares who it knew with who is there, so a person who left meanwhile is still
// announced once. Events that arrive close together are grouped into one sentence.
import type { Awareness } from 'y-protocols/awareness';
import { describePeopleChanges } from './people.ts';

export interface PeopleAnnouncerOptions {
  awareness: Awareness;
  /** True while our own connection is up and in sync. */
  isConnected: () => boolean;
  announce: (message: string) => void;
  groupWindowMs?: number;
  /** After connecting, how long to listen before treating arrivals as news. */
  settleMs?: number;
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

interface Someone {
  name: string;
  /** The signed-in person behind the tab, when it says: one person may have several tabs. */
  personId: string | null;
}

function userOf(state: unknown): Someone | null {
  if (typeof state !== 'object' || state === null) return null;
  const user = (state as { user?: { name?: unknown; personId?: unknown } }).user;
  if (typeof user?.name !== 'string' || !user.name.trim()) return null;
  return {
    name: user.name.slice(0, 40),
    personId: typeof user.personId === 'string' && user.personId ? user.personId : null,
  };
}

export class PeopleAnnouncer {
  private readonly options: Required<PeopleAnnouncerOptions>;
  private readonly known = new Map<number, Someone>();
  private joined: number[] = [];
  private left: string[] = [];
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private settleTimer: ReturnType<typeof setTimeout> | null = null;
  private settled = false;

  constructor(options: PeopleAnnouncerOptions) {
    this.options = { groupWindowMs: 1500, settleMs: 2500, ...options };
    this.options.awareness.on('change', this.onChange);
  }

  /** Call when our connection has (re)synced. */
  connected(): void {
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.settleTimer = null;
      const wasSettled = this.settled;
      this.settled = true;
      const { awareness } = this.options;
      for (const [clientId, someone] of [...this.known]) {
        if (!awareness.getStates().has(clientId)) {
          this.known.delete(clientId);
          if (wasSettled) this.queueLeft(someone);
        }
      }
      for (const clientId of awareness.getStates().keys()) this.noteArrival(clientId, !wasSettled);
    }, this.options.settleMs);
  }

  destroy(): void {
    this.options.awareness.off('change', this.onChange);
    if (this.flushTimer) clearTimeout(this.flushTimer);
    if (this.settleTimer) clearTimeout(this.settleTimer);
  }

  private readonly onChange = ({ added, updated, removed }: AwarenessChange): void => {
    if (!this.options.isConnected()) return;
    for (const clientId of [...added, ...updated]) this.noteArrival(clientId, !this.settled);
    for (const clientId of removed) {
      const someone = this.known.get(clientId);
      if (someone === undefined) continue;
      this.known.delete(clientId);
      // Leaving is news even in the first seconds: only arrivals are kept quiet then.
      this.queueLeft(someone);
    }
  };

  private noteArrival(clientId: number, quietly: boolean): void {
    const { awareness } = this.options;
    if (clientId === awareness.clientID || this.known.has(clientId)) return;
    const someone = userOf(awareness.getStates().get(clientId));
    if (someone === null) return;
    // Another tab of someone already here (or of you) is not someone new.
    const alreadyHere = this.isHere(someone.personId);
    this.known.set(clientId, someone);
    if (quietly || alreadyHere) return;
    this.joined.push(clientId);
    this.schedule();
  }

  private queueLeft(someone: Someone): void {
    // Closing one of several tabs is not leaving.
    if (this.isHere(someone.personId)) return;
    this.left.push(someone.name);
    this.schedule();
  }

  /** Whether the signed-in person is here in you or in a tab already known. */
  private isHere(personId: string | null): boolean {
    if (personId === null) return false;
    if (userOf(this.options.awareness.getLocalState())?.personId === personId) return true;
    for (const known of this.known.values()) if (known.personId === personId) return true;
    return false;
  }

  private schedule(): void {
    this.flushTimer ??= setTimeout(() => this.flush(), this.options.groupWindowMs);
  }

  private flush(): void {
    this.flushTimer = null;
    // Someone who joined and left again within the window is not news.
    const joinedNames = this.joined
      .filter((clientId) => this.known.has(clientId))
      .map((clientId) => this.known.get(clientId)?.name ?? '');
    const message = describePeopleChanges(joinedNames, this.left);
    this.joined = [];
    this.left = [];
    if (message) this.options.announce(message);
  }
}
