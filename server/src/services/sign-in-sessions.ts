// Sessions: a new id at every sign-in ("remember this device" or a working day), sliding
// expiry, signing out here or everywhere; and turning a cookie or an API token back into an
// AuthContext.
import { REMEMBER_DAYS } from '@roundtable/shared/protocol/access';
import type {
  ApiTokenStore,
  MembershipStore,
  PeopleStore,
  SessionStore,
} from '../storage/identity-ports.ts';
import type { AccessEvents } from './access-events.ts';
import type { AuditLog } from './audit.ts';
import { anonymous, type AuthContext } from './auth-context.ts';
import { hashSecret, newSecret } from './secrets.ts';

export const DAY_MS = 24 * 60 * 60 * 1000;
/** A session not "remembered" lasts a working day after its last use. */
const SHORT_SESSION_MS = 12 * 60 * 60 * 1000;
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

export interface SessionsOptions {
  identity: PeopleStore & MembershipStore & SessionStore & ApiTokenStore;
  audit: AuditLog;
  events: AccessEvents;
  now: () => Date;
}

export class Sessions {
  constructor(private readonly options: SessionsOptions) {}

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
}
