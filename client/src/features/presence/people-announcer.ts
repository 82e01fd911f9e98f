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

function nameOf(awareness: Awareness, clientId: number): string | null {
  const state: unknown = awareness.getStates().get(clientId);
  if (typeof state !== 'object' || state === null) return null;
  const user = (state as { user?: { name?: unknown } }).user;
  return typeof user?.name === 'string' && user.name.trim() ? user.name.slice(0, 40) : null;
}

export class PeopleAnnouncer {
  private readonly options: Required<PeopleAnnouncerOptions>;
  private readonly known = new Map<number, string>();
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
      for (const [clientId, name] of [...this.known]) {
        if (!awareness.getStates().has(clientId)) {
          this.known.delete(clientId);
          if (wasSettled) this.queueLeft(name);
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
      const name = this.known.get(clientId);
      if (name === undefined) continue;
      this.known.delete(clientId);
      // Leaving is news even in the first seconds: only arrivals are kept quiet then.
      this.queueLeft(name);
    }
  };

  private noteArrival(clientId: number, quietly: boolean): void {
    if (clientId === this.options.awareness.clientID || this.known.has(clientId)) return;
    const name = nameOf(this.options.awareness, clientId);
    if (name === null) return;
    this.known.set(clientId, name);
    if (quietly) return;
    this.joined.push(clientId);
    this.schedule();
  }

  private queueLeft(name: string): void {
    this.left.push(name);
    this.schedule();
  }

  private schedule(): void {
    this.flushTimer ??= setTimeout(() => this.flush(), this.options.groupWindowMs);
  }

  private flush(): void {
    this.flushTimer = null;
    // Someone who joined and left again within the window is not news.
    const joinedNames = this.joined
      .filter((clientId) => this.known.has(clientId))
      .map((clientId) => this.known.get(clientId) ?? '');
    const message = describePeopleChanges(joinedNames, this.left);
    this.joined = [];
    this.left = [];
    if (message) this.options.announce(message);
  }
}
