// Postgres rows of people and access, and how each becomes the record the identity port
// speaks: TIMESTAMPTZ columns come back as Dates and leave as ISO strings.
import type { Role } from '@roundtable/shared/domain/policy';
import { InformationPreferences, type TakePart } from '@roundtable/shared/protocol/people';
import type {
  ApiTokenRecord,
  AuditRecord,
  InviteRecord,
  LinkPurpose,
  MembershipRecord,
  OneTimeLinkRecord,
  SessionRecord,
  UserChange,
  UserRecord,
} from '../identity-ports.ts';

export interface UserRow {
  id: string;
  name: string;
  email: string | null;
  colour: string;
  pronouns: string | null;
  take_part: string | null;
  show_take_part: boolean;
  information: unknown;
  is_admin: boolean;
  password_hash: string | null;
  created_at: Date;
}

export const toUser = (row: UserRow): UserRecord => ({
  id: row.id,
  name: row.name,
  email: row.email,
  colour: row.colour,
  pronouns: row.pronouns,
  takePart: row.take_part as TakePart | null,
  showTakePart: row.show_take_part,
  information: InformationPreferences.parse(row.information),
  isAdmin: row.is_admin,
  passwordHash: row.password_hash,
  createdAt: row.created_at.toISOString(),
});

export interface MembershipRow {
  workspace_id: string;
  user_id: string;
  role: string;
  joined_at: Date;
  invite_id: string | null;
}

export const toMembership = (row: MembershipRow): MembershipRecord => ({
  workspaceId: row.workspace_id,
  userId: row.user_id,
  role: row.role as Role,
  joinedAt: row.joined_at.toISOString(),
  inviteId: row.invite_id,
});

export interface SessionRow {
  id_hash: string;
  user_id: string;
  created_at: Date;
  expires_at: Date;
  remember: boolean;
}

export const toSession = (row: SessionRow): SessionRecord => ({
  idHash: row.id_hash,
  userId: row.user_id,
  createdAt: row.created_at.toISOString(),
  expiresAt: row.expires_at.toISOString(),
  remember: row.remember,
});

export interface InviteRow {
  id: string;
  token_hash: string;
  workspace_id: string;
  role: string;
  created_by: string;
  created_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
}

export const toInvite = (row: InviteRow): InviteRecord => ({
  id: row.id,
  tokenHash: row.token_hash,
  workspaceId: row.workspace_id,
  role: row.role as Role,
  createdBy: row.created_by,
  createdAt: row.created_at.toISOString(),
  expiresAt: row.expires_at.toISOString(),
  revokedAt: row.revoked_at?.toISOString() ?? null,
});

export interface LinkRow {
  token_hash: string;
  purpose: string;
  user_id: string | null;
  created_by: string | null;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
}

export const toLink = (row: LinkRow): OneTimeLinkRecord => ({
  tokenHash: row.token_hash,
  purpose: row.purpose as LinkPurpose,
  userId: row.user_id,
  createdBy: row.created_by,
  createdAt: row.created_at.toISOString(),
  expiresAt: row.expires_at.toISOString(),
  usedAt: row.used_at?.toISOString() ?? null,
});

export interface TokenRow {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export const toToken = (row: TokenRow): ApiTokenRecord => ({
  id: row.id,
  userId: row.user_id,
  name: row.name,
  tokenHash: row.token_hash,
  createdAt: row.created_at.toISOString(),
  lastUsedAt: row.last_used_at?.toISOString() ?? null,
  revokedAt: row.revoked_at?.toISOString() ?? null,
});

export interface AuditRow {
  /** BIGSERIAL: pg hands int8 back as a string. */
  id: string;
  at: Date;
  actor_id: string | null;
  workspace_id: string | null;
  action: string;
  subject: string | null;
  details: Record<string, unknown>;
}

export const toAudit = (row: AuditRow): AuditRecord => ({
  id: Number(row.id),
  at: row.at.toISOString(),
  actorId: row.actor_id,
  workspaceId: row.workspace_id,
  action: row.action,
  subject: row.subject,
  details: row.details,
});

/** The columns a change may set; keys come from here, never from the caller, so SQL stays fixed. */
export const userColumns: { readonly [K in keyof Required<UserChange>]: string } = {
  name: 'name',
  email: 'email',
  colour: 'colour',
  pronouns: 'pronouns',
  takePart: 'take_part',
  showTakePart: 'show_take_part',
  information: 'information',
  isAdmin: 'is_admin',
  passwordHash: 'password_hash',
};

export function isUserColumn(key: string): key is keyof typeof userColumns {
  return Object.hasOwn(userColumns, key);
}
