// One-time sign-in links: made by a facilitator or the admin CLI, or emailed to a person who
// asks (only with both SMTP_URL and PUBLIC_URL set).
import type { OneTimeLinkStore, PeopleStore } from '../storage/identity-ports.ts';
import { ServiceError } from './errors.ts';
import type { Mailer } from './mailer.ts';
import { hashSecret, newSecret } from './secrets.ts';
import { DAY_MS, type Sessions, type StartedSession } from './sign-in-sessions.ts';

const SIGN_IN_LINK_MS = 7 * DAY_MS;

export interface SignInLinksOptions {
  identity: PeopleStore & OneTimeLinkStore;
  sessions: Sessions;
  now: () => Date;
  /** Present when SMTP_URL is set: sign-in links can then go by email. */
  mailer?: Mailer | undefined;
  /**
   * PUBLIC_URL. Emailed links are made only for it, never for the Host header a request
   * carries (which anyone can set), so without it no link is emailed.
   */
  publicUrl?: string | undefined;
}

export class SignInLinks {
  constructor(private readonly options: SignInLinksOptions) {}

  /** A one-time link that signs a person in, made by a facilitator or the admin CLI. */
  async createSignInLink(
    userId: string,
    createdBy: string | null,
  ): Promise<{ secret: string; expiresAt: string }> {
    const now = this.options.now();
    const secret = newSecret();
    const expiresAt = new Date(now.getTime() + SIGN_IN_LINK_MS).toISOString();
    await this.options.identity.createLink({
      tokenHash: hashSecret(secret),
      purpose: 'sign-in',
      userId,
      createdBy,
      createdAt: now.toISOString(),
      expiresAt,
      usedAt: null,
    });
    return { secret, expiresAt };
  }

  async signInWithLink(secret: string, remember: boolean): Promise<StartedSession> {
    const link = await this.options.identity.consumeLink(
      hashSecret(secret),
      this.options.now().toISOString(),
    );
    if (!link || link.purpose !== 'sign-in' || link.userId === null) {
      throw new ServiceError(
        'not_found',
        'This sign-in link has been used already or has expired. Ask your facilitator for a new one.',
      );
    }
    return this.options.sessions.startSession(link.userId, remember);
  }

  /** Sign-in links go by email only with both SMTP_URL and PUBLIC_URL set. */
  get emailSignIn(): boolean {
    return this.options.mailer !== undefined && this.options.publicUrl !== undefined;
  }

  /**
   * Emails a one-time sign-in link. Answers the same whether or not the address is known, so
   * nobody can find out who has an account.
   */
  async emailSignInLink(email: string): Promise<void> {
    const { mailer, publicUrl } = this.options;
    if (!mailer) {
      throw new ServiceError(
        'not_found',
        'Sign-in by email is not set up here. Ask your facilitator for a sign-in link.',
      );
    }
    if (!publicUrl) {
      throw new ServiceError(
        'unavailable',
        'Sign-in by email needs PUBLIC_URL to be set on the server, so that links point to the ' +
          'right address. Ask your administrator, or your facilitator for a sign-in link.',
      );
    }
    const origin = new URL(publicUrl).origin;
    const user = await this.options.identity.findUserByEmail(email);
    if (!user?.email) return;
    const link = await this.createSignInLink(user.id, null);
    await mailer.send({
      to: user.email,
      subject: 'Your Roundtable sign-in link',
      text:
        `Hello ${user.name},\n\nOpen this link to sign in to Roundtable:\n\n${origin}/sign-in/${link.secret}\n\n` +
        `The link works once, for 7 days. If you did not ask for it, you can ignore this email.\n`,
    });
  }
}
