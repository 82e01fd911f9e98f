// Signing in without memory tests: invite links, one-time sign-in links, the first
// administrator's setup link; sessions (a new id at every sign-in; "remember this device");
// and turning a cookie or an API token back into an AuthContext.
import type { Role } from '@roundtable/shared/domain/policy';
import { REMEMBER_DAYS } from '@roundtable/shared/protocol/access';
import { InformationPreferences } from '@roundtable/shared/protocol/people';
import type { IdentityStore, UserRecord } from '../storage/identity-ports.ts';
import type { WorkspaceStore } from '../storage/ports.ts';
import type { AccessEvents } from './access-events.ts';
import type { AuditLog } from './audit.ts';
import { anonymous, type AuthContext } from './auth-context.ts';
import { colourFor } from './colours.ts';
import { RateLimitedError, ServiceError } from './errors.ts';
import { newId } from './ids.ts';
import type { PasswordBackoff } from '../limits/password-backoff.ts';
import type { Mailer } from './mailer.ts';
import { checkPassword, hashPassword } from './passwords.ts';
import { hashSecret, newSecret } from './secrets.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A session not "remembered" lasts a working day after its last use. */
const SHORT_SESSION_MS = 12 * 60 * 60 * 1000;
const SIGN_IN_LINK_MS = 7 * DAY_MS;
const SETUP_LINK_MS = 7 * DAY_MS;
/** A token's "last used" and a session's expiry are written at most this often. */
const RECORD_USE_EVERY_MS = 60_000;

const staleBy = (iso: string | null, now: Date, ms: number): boolean =>
  iso === null || now.getTime() - new Date(iso).getTime() >= ms;

export interface StartedSession {
  secret: string;
  userId: string;
  /** Seconds for the cookie's Max-Age; undefined for a cookie that ends with the browser. */
  maxAgeSeconds: number | undefined;
}

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
  constructor(private readonly options: SignInServiceOptions) {}

  /** Turns a session cookie or an API token into who is asking; anonymous when neither works. */
  async resolve(credentials: { sessionSecret?: string; apiToken?: string }): Promise<AuthContext> {
    const { identity } = this.options;
    const now = this.options.now();
    if (credentials.apiToken) {
      const token = await identity.findApiTokenByHash(hashSecret(credentials.apiToken));
      if (!token || token.revokedAt !== null) return anonymous;
      if (staleBy(token.lastUsedAt, now, RECORD_USE_EVERY_MS)) {
        await identity.touchApiToken(token.id, now.toISOString());
      }
      return this.contextFor(token.userId, { sessionHash: null, tokenId: token.id });
    }
    if (credentials.sessionSecret) {
      const idHash = hashSecret(credentials.sessionSecret);
      const session = await identity.getSession(idHash);
      if (!session || new Date(session.expiresAt) <= now) return anonymous;
      // Sliding expiry, written at most once a minute rather than on every request.
      const extendedUntil = now.getTime() + SHORT_SESSION_MS;
      if (
        !session.remember &&
        extendedUntil - new Date(session.expiresAt).getTime() > RECORD_USE_EVERY_MS
      ) {
        await identity.extendSession(idHash, new Date(extendedUntil).toISOString());
      }
      return this.contextFor(session.userId, { sessionHash: idHash, tokenId: null });
    }
    return anonymous;
  }

  async contextFor(
    userId: string,
    credential: { sessionHash: string | null; tokenId: string | null },
  ): Promise<AuthContext> {
    const user = await this.options.identity.getUser(userId);
    if (!user) return anonymous;
    const memberships = await this.options.identity.listMemberships(userId);
    return {
      actor: {
        kind: 'user',
        userId,
        isAdmin: user.isAdmin,
        roles: new Map(memberships.map((m) => [m.workspaceId, m.role])),
      },
      userId,
      ...credential,
    };
  }

  /** What an invite link leads to, for the page that asks the person's name. */
  async previewInvite(
    secret: string,
  ): Promise<{ workspaceName: string; role: Role; expiresAt: string }> {
    const invite = await this.usableInvite(secret);
    const workspace = await this.options.workspaces.getWorkspace(invite.workspaceId);
    return { workspaceName: workspace?.name ?? '', role: invite.role, expiresAt: invite.expiresAt };
  }

  /**
   * Joins a workspace with an invite link. A signed-in person is added as they are; anyone else
   * types a name (email optional) and becomes a new person. Either way they are signed in.
   */
  async joinWithInvite(input: {
    secret: string;
    current: AuthContext;
    name?: string;
    email?: string;
    remember: boolean;
  }): Promise<StartedSession> {
    const { identity } = this.options;
    const invite = await this.usableInvite(input.secret);
    let userId = input.current.userId;
    if (userId === null) {
      if (!input.name) throw new ServiceError('bad_request', 'Please type your name', 'name');
      if (input.email && (await identity.findUserByEmail(input.email))) {
        throw new ServiceError(
          'conflict',
          'Someone already uses this email address. Ask your facilitator for a sign-in link instead.',
          'email',
        );
      }
      userId = (
        await this.createPerson({ name: input.name, email: input.email ?? null, isAdmin: false })
      ).id;
    }
    const existing = await identity.getMembership(invite.workspaceId, userId);
    if (!existing) {
      const removedAt = await identity.removedAt(invite.workspaceId, userId);
      if (removedAt !== undefined && invite.createdAt <= removedAt) {
        throw new ServiceError(
          'forbidden',
          'You were removed from this workspace, so this invite link no longer lets you in. ' +
            'If you should be here, ask the facilitator for a new invite link.',
        );
      }
      await identity.putMembership({
        workspaceId: invite.workspaceId,
        userId,
        role: invite.role,
        joinedAt: this.options.now().toISOString(),
        inviteId: invite.id,
      });
      await this.options.audit.record({
        actorId: userId,
        workspaceId: invite.workspaceId,
        action: 'membership.joined',
        subject: userId,
        details: { inviteId: invite.id, role: invite.role },
      });
      await this.options.events.publish({
        kind: 'membership',
        workspaceId: invite.workspaceId,
        userId,
      });
    }
    // Someone already signed in (by a session, or by an API token in a script) keeps what they
    // have: a script's token never turns into a browser session.
    if (input.current.userId !== null) return { secret: '', userId, maxAgeSeconds: undefined };
    return this.startSession(userId, input.remember);
  }

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
    return this.startSession(link.userId, remember);
  }

  /** On first start, with nobody signed up yet: a link that creates the first administrator. */
  async createSetupLinkIfNoUsers(): Promise<string | undefined> {
    if ((await this.options.identity.countUsers()) > 0) return undefined;
    const now = this.options.now();
    const secret = newSecret();
    await this.options.identity.createLink({
      tokenHash: hashSecret(secret),
      purpose: 'setup',
      userId: null,
      createdBy: null,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + SETUP_LINK_MS).toISOString(),
      usedAt: null,
    });
    return secret;
  }

  async setUp(input: {
    secret: string;
    name: string;
    email?: string;
    remember: boolean;
  }): Promise<StartedSession> {
    // The setup link is for an installation nobody has signed up to yet. Once anyone has an
    // account (the first administrator, or one made with the admin CLI) it stops working.
    if ((await this.options.identity.countUsers()) > 0) {
      throw new ServiceError(
        'not_found',
        'This installation is already set up. Ask an administrator for a sign-in link.',
      );
    }
    const link = await this.options.identity.consumeLink(
      hashSecret(input.secret),
      this.options.now().toISOString(),
    );
    if (!link || link.purpose !== 'setup') {
      throw new ServiceError('not_found', 'This setup link has been used already or has expired.');
    }
    const user = await this.createPerson({
      name: input.name,
      email: input.email ?? null,
      isAdmin: true,
    });
    await this.options.audit.record({
      actorId: user.id,
      action: 'installation.set-up',
      subject: user.id,
    });
    return this.startSession(user.id, input.remember);
  }

  async createPerson(input: {
    name: string;
    email: string | null;
    isAdmin: boolean;
  }): Promise<UserRecord> {
    const id = newId();
    return this.options.identity.createUser({
      id,
      name: input.name,
      email: input.email,
      colour: colourFor(id),
      pronouns: null,
      takePart: null,
      showTakePart: false,
      information: InformationPreferences.parse({}),
      isAdmin: input.isAdmin,
      passwordHash: null,
      createdAt: this.options.now().toISOString(),
    });
  }

  /** A new session id at every sign-in, so a session can never be fixed in advance. */
  async startSession(userId: string, remember: boolean): Promise<StartedSession> {
    const now = this.options.now();
    const secret = newSecret();
    const lifetime = remember ? REMEMBER_DAYS * DAY_MS : SHORT_SESSION_MS;
    await this.options.identity.createSession({
      idHash: hashSecret(secret),
      userId,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + lifetime).toISOString(),
      remember,
    });
    return { secret, userId, maxAgeSeconds: remember ? lifetime / 1000 : undefined };
  }

  /** Sign-in links go by email only with both SMTP_URL and PUBLIC_URL set. */
  get emailSignIn(): boolean {
    return this.options.mailer !== undefined && this.options.publicUrl !== undefined;
  }

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
    return this.startSession(user.id, remember);
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

  async signOut(auth: AuthContext): Promise<void> {
    if (!auth.sessionHash) return;
    await this.options.identity.deleteSession(auth.sessionHash);
    await this.options.events.publish({
      kind: 'sessions-ended',
      sessionHashes: [auth.sessionHash],
    });
  }

  /** Ends every session; with `revokeTokens`, every API token of the person too. */
  async signOutEverywhere(userId: string, options: { revokeTokens: boolean }): Promise<void> {
    const { identity, events, audit } = this.options;
    const ended = await identity.deleteSessionsOf(userId);
    await events.publish({ kind: 'sessions-ended', sessionHashes: ended });
    if (!options.revokeTokens) return;
    const at = this.options.now().toISOString();
    for (const token of await identity.listApiTokens(userId)) {
      if (token.revokedAt !== null || !(await identity.revokeApiToken(token.id, userId, at))) {
        continue;
      }
      await audit.record({ actorId: userId, action: 'token.revoked', subject: token.id });
      await events.publish({ kind: 'token-revoked', tokenId: token.id });
    }
  }

  private async usableInvite(secret: string) {
    const invite = await this.options.identity.findInviteByTokenHash(hashSecret(secret));
    if (!invite || invite.revokedAt !== null || new Date(invite.expiresAt) <= this.options.now()) {
      throw new ServiceError(
        'not_found',
        'This invite link has expired or was withdrawn. Ask your facilitator for a new one.',
      );
    }
    return invite;
  }
}
