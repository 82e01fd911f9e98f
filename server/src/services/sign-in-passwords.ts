// Passwords, for those who choose one: signing in with email and password (slowed against
// guessing), and setting a password, which ends every other session.
import type { PasswordBackoff } from '../limits/password-backoff.ts';
import type { PeopleStore, SessionStore } from '../storage/identity-ports.ts';
import type { AccessEvents } from './access-events.ts';
import type { AuditLog } from './audit.ts';
import { RateLimitedError, ServiceError } from './errors.ts';
import { checkPassword, hashPassword } from './passwords.ts';
import type { Sessions, StartedSession } from './sign-in-sessions.ts';

export interface PasswordSignInOptions {
  identity: PeopleStore & SessionStore;
  sessions: Sessions;
  audit: AuditLog;
  events: AccessEvents;
  /** Slows password guessing against one account. */
  passwordBackoff: PasswordBackoff;
}

export class PasswordSignIn {
  constructor(private readonly options: PasswordSignInOptions) {}

  async signInWithPassword(
    email: string,
    password: string,
    remember: boolean,
  ): Promise<StartedSession> {
    const { passwordBackoff } = this.options;
    const wait = await passwordBackoff.waitBefore(email);
    if (wait > 0) {
      throw new RateLimitedError(
        `Too many wrong passwords for this email address. Please wait ${wait} ${wait === 1 ? 'second' : 'seconds'} and try again, or ask your facilitator for a sign-in link.`,
        wait,
      );
    }
    const user = await this.options.identity.findUserByEmail(email);
    if (!(await checkPassword(user?.passwordHash ?? null, password)) || !user) {
      await passwordBackoff.failed(email);
      throw new ServiceError(
        'unauthorized',
        'That email and password do not match. You can also ask your facilitator for a sign-in link.',
      );
    }
    await passwordBackoff.succeeded(email);
    return this.options.sessions.startSession(user.id, remember);
  }

  /**
   * Sets a person's password and ends every other session they have (someone who knew the old
   * password may be signed in somewhere); the session in use, if any, is kept.
   */
  async setPassword(userId: string, password: string, keepSession: string | null): Promise<void> {
    const user = await this.options.identity.getUser(userId);
    if (!user?.email) {
      throw new ServiceError(
        'conflict',
        'Add your email address to your profile first: you sign in with it.',
        'password',
      );
    }
    await this.options.identity.updateUser(userId, { passwordHash: await hashPassword(password) });
    await this.options.audit.record({ actorId: userId, action: 'password.set', subject: userId });
    const ended = await this.options.identity.deleteSessionsOf(userId, keepSession ?? undefined);
    if (ended.length > 0) {
      await this.options.events.publish({ kind: 'sessions-ended', sessionHashes: ended });
    }
  }
}
