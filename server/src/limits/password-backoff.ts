// Slows password guessing against one account, from however many addresses: after a few
// consecutive failures for an email address, each further failure makes the next attempt wait
// longer (2 s, 4 s, 8 s … up to 15 minutes). A success clears the count. Counted for unknown
// addresses too, so the answer never tells whether an account exists.
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { createLimiter, type LimiterStore } from './limiter-store.ts';

export interface PasswordBackoffOptions {
  /** Consecutive failures allowed before any wait. */
  freeFailures: number;
  /** The longest wait, in seconds. */
  maxWaitSeconds: number;
}

const DAY_SECONDS = 24 * 60 * 60;

export class PasswordBackoff {
  private readonly failures: RateLimiterAbstract;
  private readonly blocked: RateLimiterAbstract;

  constructor(
    store: LimiterStore,
    private readonly options: PasswordBackoffOptions = { freeFailures: 5, maxWaitSeconds: 900 },
  ) {
    // Failures are forgotten a day after the last one; the count is never "spent".
    this.failures = createLimiter(store, {
      name: 'password-failures',
      points: Number.MAX_SAFE_INTEGER,
      durationSeconds: DAY_SECONDS,
    });
    this.blocked = createLimiter(store, {
      name: 'password-wait',
      points: 1,
      durationSeconds: options.maxWaitSeconds,
    });
  }

  /** Seconds to wait before this account may try again; 0 when it may try now. */
  async waitBefore(email: string): Promise<number> {
    const state = await this.blocked.get(keyOf(email));
    if (!state || state.consumedPoints <= this.blocked.points) return 0;
    return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
  }

  async failed(email: string): Promise<void> {
    const { consumedPoints } = await this.failures.penalty(keyOf(email), 1);
    const over = consumedPoints - this.options.freeFailures;
    if (over <= 0) return;
    const wait = Math.min(2 ** Math.min(over, 30), this.options.maxWaitSeconds);
    await this.blocked.block(keyOf(email), wait);
  }

  async succeeded(email: string): Promise<void> {
    await Promise.all([this.failures.delete(keyOf(email)), this.blocked.delete(keyOf(email))]);
  }
}

const keyOf = (email: string): string => email.trim().toLowerCase();
