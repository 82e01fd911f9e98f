// How many API requests one caller may make: a signed-in person is counted as that person
// (whichever session or token they use, and never by address: a council meeting room puts thirty
// people behind one address), anyone else by the client address (from X-Forwarded-For only when
// TRUST_PROXY says which proxy to believe). Sign-in and joining have a tighter budget.
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { createLimiter, type LimiterStore } from './limiter-store.ts';

export type Caller = { kind: 'person'; userId: string } | { kind: 'address'; address: string };

export type LimitAnswer = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface Budget {
  points: number;
  durationSeconds: number;
}

/**
 * What anyone may ask for from a public page at some cost, each with a budget of its own: the
 * forms they send, and the consultation report (a file made by the export threads).
 */
export type PublicForm = 'join' | 'booking' | 'comment' | 'report';

export interface RequestBudgets {
  /** Any request by a signed-in person. */
  person: Budget;
  /** Any request by someone not signed in, per address. */
  address: Budget;
  /** Signing in, joining, setting up: per address, or per person when signed in. */
  signIn: Budget;
  /**
   * Sending a form from a public page, per form: per address (a library's or a day centre's
   * computers share one), or per person when signed in. Every post counts, refused ones too.
   */
  publicForm: Record<PublicForm, Budget>;
  /**
   * A signed-in person changing their own email address, per person: the answer says when an
   * address is someone else's, so trying many addresses in a row is stopped.
   */
  emailChange: Budget;
}

export const defaultBudgets = {
  person: { points: 200, durationSeconds: 10 },
  address: { points: 600, durationSeconds: 60 },
  signIn: { points: 120, durationSeconds: 60 },
  publicForm: {
    join: { points: 20, durationSeconds: 60 * 60 },
    // A day centre may book its residents onto an event one by one.
    booking: { points: 60, durationSeconds: 60 * 60 },
    comment: { points: 60, durationSeconds: 60 * 60 },
    report: { points: 30, durationSeconds: 60 * 60 },
  },
  emailChange: { points: 10, durationSeconds: 60 * 60 },
} satisfies RequestBudgets;

const keyOf = (caller: Caller): string =>
  caller.kind === 'person' ? `person:${caller.userId}` : `address:${caller.address}`;

/** Spends one point; when there is none left, says how long to wait. */
export async function spend(limiter: RateLimiterAbstract, key: string): Promise<LimitAnswer> {
  try {
    await limiter.consume(key);
    return { ok: true };
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) {
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
    }
    throw refusal;
  }
}

export class RequestLimits {
  private readonly person: RateLimiterAbstract;
  private readonly address: RateLimiterAbstract;
  private readonly signIn: RateLimiterAbstract;
  private readonly publicForm: Record<PublicForm, RateLimiterAbstract>;
  private readonly emailChange: RateLimiterAbstract;

  constructor(store: LimiterStore, budgets: RequestBudgets = defaultBudgets) {
    this.person = createLimiter(store, { name: 'person', ...budgets.person });
    this.address = createLimiter(store, { name: 'address', ...budgets.address });
    this.signIn = createLimiter(store, { name: 'sign-in', ...budgets.signIn });
    const formLimiter = (form: PublicForm) =>
      createLimiter(store, { name: `public-form-${form}`, ...budgets.publicForm[form] });
    this.publicForm = {
      join: formLimiter('join'),
      booking: formLimiter('booking'),
      comment: formLimiter('comment'),
      report: formLimiter('report'),
    };
    this.emailChange = createLimiter(store, { name: 'email-change', ...budgets.emailChange });
  }

  request(caller: Caller): Promise<LimitAnswer> {
    return spend(caller.kind === 'person' ? this.person : this.address, keyOf(caller));
  }

  signInAttempt(caller: Caller): Promise<LimitAnswer> {
    return spend(this.signIn, keyOf(caller));
  }

  /** Sending a public form: per address, or per person when signed in. */
  publicFormAttempt(form: PublicForm, caller: Caller): Promise<LimitAnswer> {
    return spend(this.publicForm[form], keyOf(caller));
  }

  /** A person changing their own email address (every try counts, refused ones too). */
  emailChangeAttempt(caller: Caller): Promise<LimitAnswer> {
    return spend(this.emailChange, keyOf(caller));
  }
}
