// Signing in without memory tests, in parts: sessions (and API tokens) in sign-in-sessions.ts,
// invite links in sign-in-invites.ts, the first administrator's setup link in
// sign-in-setup.ts, passwords in sign-in-passwords.ts, one-time and emailed links in
// sign-in-links.ts. SignInService builds the parts from one set of options, and answers the
// few questions the rest of the server asks.
import type { IdentityStore, UserRecord } from '../storage/identity-ports.ts';
import type { WorkspaceStore } from '../storage/ports.ts';
import type { AccessEvents } from './access-events.ts';
import type { AuditLog } from './audit.ts';
import type { AuthContext } from './auth-context.ts';
import type { PasswordBackoff } from '../limits/password-backoff.ts';
import type { Mailer } from './mailer.ts';
import { createPerson } from './new-person.ts';
import { InviteJoining } from './sign-in-invites.ts';
import { SignInLinks } from './sign-in-links.ts';
import { PasswordSignIn } from './sign-in-passwords.ts';
import { Sessions } from './sign-in-sessions.ts';
import { InstallationSetup } from './sign-in-setup.ts';

export type { StartedSession } from './sign-in-sessions.ts';

export interface SignInServiceOptions {
  identity: IdentityStore;
  workspaces: WorkspaceStore;
  audit: AuditLog;
  events: AccessEvents;
  now: () => Date;
  /** Present when SMTP_URL is set: sign-in links can then go by email. */
  mailer?: Mailer | undefined;
  /**
   * PUBLIC_URL. Emailed links are made only for it, never for the Host header a request
   * carries (which anyone can set), so without it no link is emailed.
   */
  publicUrl?: string | undefined;
  /** Slows password guessing against one account. */
  passwordBackoff: PasswordBackoff;
}

export class SignInService {
  readonly sessions: Sessions;
  readonly invites: InviteJoining;
  readonly setup: InstallationSetup;
  readonly passwords: PasswordSignIn;
  readonly links: SignInLinks;

  constructor(private readonly options: SignInServiceOptions) {
    const sessions = new Sessions(options);
    this.sessions = sessions;
    this.invites = new InviteJoining({ ...options, sessions });
    this.setup = new InstallationSetup({ ...options, sessions });
    this.passwords = new PasswordSignIn({ ...options, sessions });
    this.links = new SignInLinks({ ...options, sessions });
  }

  /** Turns a session cookie or an API token into who is asking; anonymous when neither works. */
  resolve(credentials: { sessionSecret?: string; apiToken?: string }): Promise<AuthContext> {
    return this.sessions.resolve(credentials);
  }

  contextFor(
    userId: string,
    credential: { sessionHash: string | null; tokenId: string | null },
  ): Promise<AuthContext> {
    return this.sessions.contextFor(userId, credential);
  }

  createPerson(input: {
    name: string;
    email: string | null;
    isAdmin: boolean;
  }): Promise<UserRecord> {
    return createPerson(this.options, input);
  }

  /** A one-time link that signs a person in, made by a facilitator or the admin CLI. */
  createSignInLink(
    userId: string,
    createdBy: string | null,
  ): Promise<{ secret: string; expiresAt: string }> {
    return this.links.createSignInLink(userId, createdBy);
  }

  /** On first start, with nobody signed up yet: a link that creates the first administrator. */
  createSetupLinkIfNoUsers(): Promise<string | undefined> {
    return this.setup.createSetupLinkIfNoUsers();
  }
}
