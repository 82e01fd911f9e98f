// The storage ports for people and access: people, memberships, credentials (sessions, one-time
// links, API tokens), invites and the audit log. Secrets (session ids, link and token values) are stored
// only as SHA-256 hashes.
import type { Role } from '@roundtable/shared/domain/policy';
import type { InformationPreferences, TakePart } from '@roundtable/shared/protocol/people';

export interface UserRecord {
  id: string;
  name: string;
  email: string | null;
  colour: string;
  pronouns: string | null;
  takePart: TakePart | null;
  showTakePart: boolean;
  /** Whether their name may appear in the co-production record of exports (asked on joining). */
  nameInRecord: boolean;
  information: InformationPreferences;
  isAdmin: boolean;
  passwordHash: string | null;
  createdAt: string;
}

export interface MembershipRecord {
  workspaceId: string;
  userId: string;
  role: Role;
  joinedAt: string;
  inviteId: string | null;
}

export interface SessionRecord {
  idHash: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
  remember: boolean;
}

export interface InviteRecord {
  id: string;
  tokenHash: string;
  workspaceId: string;
  role: Role;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  /** Revoked, or (for a single-use link) used. */
  revokedAt: string | null;
  /** Works for one person only: revoked when they join (the link for a join request). */
  singleUse: boolean;
}

export type LinkPurpose = 'setup' | 'sign-in';

export interface OneTimeLinkRecord {
  tokenHash: string;
  purpose: LinkPurpose;
  /** The person the link signs in; null for the first administrator's setup link. */
  userId: string | null;
  createdBy: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export interface ApiTokenRecord {
  id: string;
  userId: string;
  name: string;
  tokenHash: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface AuditRecord {
  id: number;
  at: string;
  actorId: string | null;
  workspaceId: string | null;
  action: string;
  subject: string | null;
  details: Record<string, unknown>;
}

export type UserChange = Partial<Omit<UserRecord, 'id' | 'createdAt'>>;

/** People: their profiles (and password hashes), found by id or email. */
export interface PeopleStore {
  countUsers(): Promise<number>;
  createUser(user: UserRecord): Promise<UserRecord>;
  getUser(id: string): Promise<UserRecord | undefined>;
  findUserByEmail(email: string): Promise<UserRecord | undefined>;
  updateUser(id: string, change: UserChange): Promise<UserRecord | undefined>;
  /** Erases a person: profile, memberships, sessions, tokens. Audit entries keep only the id. */
  eraseUser(id: string): Promise<boolean>;
}

/** Who belongs to which workspace, in which role; and who was removed, when. */
export interface MembershipStore {
  listMemberships(userId: string): Promise<Array<MembershipRecord & { workspaceName: string }>>;
  listMembers(workspaceId: string): Promise<Array<MembershipRecord & { user: UserRecord }>>;
  getMembership(workspaceId: string, userId: string): Promise<MembershipRecord | undefined>;
  /** Adds a membership, or changes the role of an existing one. */
  putMembership(membership: MembershipRecord): Promise<void>;
  /**
   * Ends a membership and remembers when, so that invite links made before the removal cannot
   * bring the person back (see `removedAt`).
   */
  removeMembership(workspaceId: string, userId: string, removedAt: string): Promise<boolean>;
  /** When the person was last removed from the workspace; undefined if never. */
  removedAt(workspaceId: string, userId: string): Promise<string | undefined>;
}

/** Sign-in sessions, by the hash of the cookie's secret; starting one records a sign-in. */
export interface SessionStore {
  createSession(session: SessionRecord): Promise<void>;
  getSession(idHash: string): Promise<SessionRecord | undefined>;
  extendSession(idHash: string, expiresAt: string): Promise<void>;
  deleteSession(idHash: string): Promise<void>;
  /**
   * Ends every session of a person but `except` (the one in use, when a new password is set);
   * returns the ended sessions' hashes.
   */
  deleteSessionsOf(userId: string, except?: string): Promise<string[]>;
}

/** One-time links: sign-in links (made by a facilitator or emailed) and the setup link. */
export interface OneTimeLinkStore {
  createLink(link: OneTimeLinkRecord): Promise<void>;
  /** Marks a link used, once: undefined if it is unknown, used, or expired at `at`. */
  consumeLink(tokenHash: string, at: string): Promise<OneTimeLinkRecord | undefined>;
}

/** Personal API tokens for scripts. */
export interface ApiTokenStore {
  createApiToken(token: ApiTokenRecord): Promise<void>;
  findApiTokenByHash(tokenHash: string): Promise<ApiTokenRecord | undefined>;
  listApiTokens(userId: string): Promise<ApiTokenRecord[]>;
  revokeApiToken(id: string, userId: string, at: string): Promise<boolean>;
  touchApiToken(id: string, at: string): Promise<void>;
}

/** What a person signs in with, besides a password: sessions, one-time links and API tokens. */
export type CredentialStore = SessionStore & OneTimeLinkStore & ApiTokenStore;

/** Invite links to a workspace. */
export interface InviteStore {
  createInvite(invite: InviteRecord): Promise<void>;
  getInvite(id: string): Promise<InviteRecord | undefined>;
  findInviteByTokenHash(tokenHash: string): Promise<InviteRecord | undefined>;
  listInvites(workspaceId: string): Promise<InviteRecord[]>;
  revokeInvite(id: string, at: string): Promise<boolean>;
}

/** The audit log: appended to, read newest first. */
export interface AuditStore {
  appendAudit(entry: Omit<AuditRecord, 'id'>): Promise<void>;
  listAudit(filter: { workspaceId?: string; limit: number }): Promise<AuditRecord[]>;
  /**
   * Deletes up to `limit` entries made before `before`, oldest first, except those whose action
   * is one of `keepActions`; returns how many.
   */
  deleteAuditBefore(before: string, limit: number, keepActions: readonly string[]): Promise<number>;
}

/** A person as the review of inactive accounts shows them. */
export interface InactivePersonRecord {
  user: UserRecord;
  /** When they last signed in; null if not since sign-ins were recorded. */
  lastSignedInAt: string | null;
}

/** When people last signed in (a session started), to find accounts nobody uses. */
export interface InactivityStore {
  /**
   * People whose last sign-in (or, with none recorded, their account's creation) is before
   * `before`, longest unseen first, at most `limit`.
   */
  listInactivePeople(before: string, limit: number): Promise<InactivePersonRecord[]>;
  /** When this person last signed in; null if never recorded (or no such person). */
  lastSignInOf(userId: string): Promise<string | null>;
}

/** A sign-in session as the person's history shows it: never its secret's hash. */
export type SessionHistory = Omit<SessionRecord, 'idHash' | 'userId'>;

/** A one-time link as a person's history shows it: never its secret's hash. */
export type LinkHistory = Omit<OneTimeLinkRecord, 'tokenHash'>;

/**
 * What the identity tables hold about one person, read for a copy of their data (a subject
 * access request). Each list is oldest first.
 */
export interface PersonHistoryStore {
  /** Their sign-in sessions, ended ones excluded (they are deleted when they end). */
  sessionsOf(userId: string): Promise<SessionHistory[]>;
  /** One-time links that sign them in, and the ones they made for other people. */
  linksAbout(userId: string): Promise<LinkHistory[]>;
  /** When they were removed from a workspace (the latest time, per workspace). */
  removalsOf(userId: string): Promise<Array<{ workspaceId: string; removedAt: string }>>;
  /** Audit entries about them (the subject) or done by them (the actor). */
  auditAbout(userId: string): Promise<AuditRecord[]>;
}

/**
 * Every identity port, as one store implements them (they share tables: erasing a person
 * ends their memberships, sessions and tokens). Callers take only the ports they need.
 */
export type IdentityStore = PeopleStore &
  MembershipStore &
  CredentialStore &
  InviteStore &
  AuditStore &
  PersonHistoryStore &
  InactivityStore;
