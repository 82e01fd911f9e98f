// Changes to who may do what, announced so that live connections follow within a second:
// removed people are disconnected, changed roles take effect, ended sign-ins and revoked tokens
// close their sockets. In one process this is a local fan-out; with several processes the
// scale-out bus carries the same events (issue 6). `publish` resolves once this process's
// listeners have acted, so a service that awaits it answers only after (for example) a removed
// person's connections have lost their write right (issue 10).
import type { AccessChange } from '../bus/ports.ts';

export type AccessListener = (change: AccessChange) => void | Promise<void>;

export class AccessEvents {
  private readonly listeners = new Set<AccessListener>();
  private relay: ((change: AccessChange) => void) | undefined;

  constructor(
    /** A listener that failed; the others still act, and the publisher is not troubled. */
    private readonly onListenerError: (error: unknown, change: AccessChange) => void = () =>
      undefined,
  ) {}

  subscribe(listener: AccessListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sends every change published here to the other processes too. */
  relayTo(relay: (change: AccessChange) => void): void {
    this.relay = relay;
  }

  /** Tells the other processes, and resolves when this process's listeners have acted. */
  async publish(change: AccessChange): Promise<void> {
    this.relay?.(change);
    await this.deliver(change);
  }

  /** Delivers a change to this process's listeners only (one that came from another process). */
  async deliver(change: AccessChange): Promise<void> {
    await Promise.all(
      [...this.listeners].map(async (listener) => {
        try {
          await listener(change);
        } catch (error) {
          this.onListenerError(error, change);
        }
      }),
    );
  }
}
