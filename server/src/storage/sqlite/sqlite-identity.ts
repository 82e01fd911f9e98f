// People and access in SQLite.
import type Database from 'better-sqlite3';
import type { Role } from '@roundtable/shared/domain/policy';
import { InformationPreferences, type TakePart } from '@roundtable/shared/protocol/people';
import type {
  ApiTokenRecord,
  AuditRecord,
  IdentityStore,
  InviteRecord,
  LinkPurpose,
  MembershipRecord,
  OneTimeLinkRecord,
  UserRecord,
} from '../identity-ports.ts';

interface UserRow {
  id: string;
  name: string;
  email: string | null;
  colour: string;
  pronouns: string | null;
  take_part: string | null;
  show_take_part: number;
  information: string;
  is_admin: number;
  password_hash: string | null;
  created_at: string;
}

const toUser = (row: UserRow): UserRecord => ({
  id: row.id,
  name: row.name,
  email: row.email,
  colour: row.colour,
  pronouns: row.pronouns,
  takePart: row.take_part as TakePart | null,
  showTakePart: row.show_take_part === 1,
  information: InformationPreferences.parse(JSON.parse(row.information)),
  isAdmin: row.is_admin === 1,
  passwordHash: row.password_hash,
  createdAt: row.created_at,
});

interface MembershipRow {
  workspace_id: string;
  user_id: string;
  role: string;
  joined_at: string;
  invite_id: string | null;
}

const toMembership = (row: MembershipRow): MembershipRecord => ({
  workspaceId: row.workspace_id,
  userId: row.user_id,
  role: row.role as Role,
  joinedAt: row.joined_at,
  inviteId: row.invite_id,
});

interface InviteRow {
  id: string;
  token_hash: string;
  workspace_id: string;
  role: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

const toInvite = (row: InviteRow): InviteRecord => ({
  id: row.id,
  tokenHash: row.token_hash,
  workspaceId: row.workspace_id,
  role: row.role as Role,
  createdBy: row.created_by,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  revokedAt: row.revoked_at,
});

interface TokenRow {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

const toToken = (row: TokenRow): ApiTokenRecord => ({
  id: row.id,
  userId: row.user_id,
  name: row.name,
  tokenHash: row.token_hash,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
  revokedAt: row.revoked_at,
});

const userColumns: Record<string, string> = {
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

function toColumnValue(key: string, value: unknown): unknown {
  if (key === 'information') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

export function sqliteIdentity(db: Database.Database): IdentityStore {
  const getUser = db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?');
  const consume = db.prepare<[string, string, string], Record<string, unknown>>(
    `UPDATE one_time_links SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?
     RETURNING *`,
  );
  const removeMembership = db.transaction(
    (workspaceId: string, userId: string, removedAt: string): boolean => {
      const removed =
        db
          .prepare('DELETE FROM memberships WHERE workspace_id = ? AND user_id = ?')
          .run(workspaceId, userId).changes > 0;
      if (removed) {
        db.prepare(
          `INSERT INTO membership_removals (workspace_id, user_id, removed_at) VALUES (?, ?, ?)
           ON CONFLICT (workspace_id, user_id) DO UPDATE SET removed_at = excluded.removed_at`,
        ).run(workspaceId, userId, removedAt);
      }
      return removed;
    },
  );
  const erase = db.transaction((id: string) => {
    db.prepare('UPDATE audit_log SET details = ? WHERE actor_id = ? OR subject = ?').run(
      '{}',
      id,
      id,
    );
    return db.prepare('DELETE FROM users WHERE id = ?').run(id).changes > 0;
  });

  return {
    async countUsers() {
      return (db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
    },
    async createUser(user) {
      db.prepare(
        `INSERT INTO users (id, name, email, colour, pronouns, take_part, show_take_part, information, is_admin, password_hash, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        user.id,
        user.name,
        user.email,
        user.colour,
        user.pronouns,
        user.takePart,
        user.showTakePart ? 1 : 0,
        JSON.stringify(user.information),
        user.isAdmin ? 1 : 0,
        user.passwordHash,
        user.createdAt,
      );
      return { ...user };
    },
    async getUser(id) {
      const row = getUser.get(id);
      return row && toUser(row);
    },
    async findUserByEmail(email) {
      const row = db.prepare<[string], UserRow>('SELECT * FROM users WHERE email = ?').get(email);
      return row && toUser(row);
    },
    async updateUser(id, change) {
      const entries = Object.entries(change).filter(
        ([key, value]) => value !== undefined && userColumns[key] !== undefined,
      );
      if (entries.length > 0) {
        const sets = entries.map(([key]) => `${userColumns[key]} = ?`).join(', ');
        db.prepare(`UPDATE users SET ${sets} WHERE id = ?`).run(
          ...entries.map(([key, value]) => toColumnValue(key, value)),
          id,
        );
      }
      const row = getUser.get(id);
      return row && toUser(row);
    },
    async eraseUser(id) {
      return erase(id);
    },

    async listMemberships(userId) {
      return db
        .prepare<[string], MembershipRow & { workspace_name: string }>(
          `SELECT m.*, w.name AS workspace_name FROM memberships m
           JOIN workspaces w ON w.id = m.workspace_id WHERE m.user_id = ?
           ORDER BY w.name COLLATE NOCASE, w.id`,
        )
        .all(userId)
        .map((row) => ({ ...toMembership(row), workspaceName: row.workspace_name }));
    },
    async listMembers(workspaceId) {
      return db
        .prepare<[string], MembershipRow & UserRow>(
          `SELECT m.workspace_id, m.user_id, m.role, m.joined_at, m.invite_id, u.*
           FROM memberships m JOIN users u ON u.id = m.user_id
           WHERE m.workspace_id = ? ORDER BY u.name COLLATE NOCASE, u.id`,
        )
        .all(workspaceId)
        .map((row) => ({ ...toMembership(row), user: toUser(row) }));
    },
    async getMembership(workspaceId, userId) {
      const row = db
        .prepare<[string, string], MembershipRow>(
          'SELECT * FROM memberships WHERE workspace_id = ? AND user_id = ?',
        )
        .get(workspaceId, userId);
      return row && toMembership(row);
    },
    async putMembership(m) {
      db.prepare(
        `INSERT INTO memberships (workspace_id, user_id, role, joined_at, invite_id) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (workspace_id, user_id) DO UPDATE SET role = excluded.role`,
      ).run(m.workspaceId, m.userId, m.role, m.joinedAt, m.inviteId);
    },
    async removeMembership(workspaceId, userId, removedAt) {
      return removeMembership(workspaceId, userId, removedAt);
    },
    async removedAt(workspaceId, userId) {
      const row = db
        .prepare<[string, string], { removed_at: string }>(
          'SELECT removed_at FROM membership_removals WHERE workspace_id = ? AND user_id = ?',
        )
        .get(workspaceId, userId);
      return row?.removed_at;
    },

    async createSession(s) {
      db.prepare(
        'INSERT INTO sessions (id_hash, user_id, created_at, expires_at, remember) VALUES (?, ?, ?, ?, ?)',
      ).run(s.idHash, s.userId, s.createdAt, s.expiresAt, s.remember ? 1 : 0);
    },
    async getSession(idHash) {
      const row = db
        .prepare<
          [string],
          {
            id_hash: string;
            user_id: string;
            created_at: string;
            expires_at: string;
            remember: number;
          }
        >('SELECT * FROM sessions WHERE id_hash = ?')
        .get(idHash);
      return (
        row && {
          idHash: row.id_hash,
          userId: row.user_id,
          createdAt: row.created_at,
          expiresAt: row.expires_at,
          remember: row.remember === 1,
        }
      );
    },
    async extendSession(idHash, expiresAt) {
      db.prepare('UPDATE sessions SET expires_at = ? WHERE id_hash = ?').run(expiresAt, idHash);
    },
    async deleteSession(idHash) {
      db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(idHash);
    },
    async deleteSessionsOf(userId, except) {
      return db
        .prepare<[string, string | null], { id_hash: string }>(
          'DELETE FROM sessions WHERE user_id = ? AND id_hash IS NOT ? RETURNING id_hash',
        )
        .all(userId, except ?? null)
        .map((row) => row.id_hash);
    },

    async createInvite(i) {
      db.prepare(
        `INSERT INTO invites (id, token_hash, workspace_id, role, created_by, created_at, expires_at, revoked_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        i.id,
        i.tokenHash,
        i.workspaceId,
        i.role,
        i.createdBy,
        i.createdAt,
        i.expiresAt,
        i.revokedAt,
      );
    },
    async getInvite(id) {
      const row = db.prepare<[string], InviteRow>('SELECT * FROM invites WHERE id = ?').get(id);
      return row && toInvite(row);
    },
    async findInviteByTokenHash(tokenHash) {
      const row = db
        .prepare<[string], InviteRow>('SELECT * FROM invites WHERE token_hash = ?')
        .get(tokenHash);
      return row && toInvite(row);
    },
    async listInvites(workspaceId) {
      return db
        .prepare<[string], InviteRow>(
          'SELECT * FROM invites WHERE workspace_id = ? ORDER BY created_at DESC, id',
        )
        .all(workspaceId)
        .map(toInvite);
    },
    async revokeInvite(id, at) {
      return (
        db
          .prepare('UPDATE invites SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
          .run(at, id).changes > 0
      );
    },

    async createLink(l) {
      db.prepare(
        `INSERT INTO one_time_links (token_hash, purpose, user_id, created_by, created_at, expires_at, used_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(l.tokenHash, l.purpose, l.userId, l.createdBy, l.createdAt, l.expiresAt, l.usedAt);
    },
    async consumeLink(tokenHash, at) {
      const row = consume.get(at, tokenHash, at);
      if (!row) return undefined;
      const link: OneTimeLinkRecord = {
        tokenHash: row.token_hash as string,
        purpose: row.purpose as LinkPurpose,
        userId: row.user_id as string | null,
        createdBy: row.created_by as string | null,
        createdAt: row.created_at as string,
        expiresAt: row.expires_at as string,
        usedAt: row.used_at as string | null,
      };
      return link;
    },

    async createApiToken(t) {
      db.prepare(
        `INSERT INTO api_tokens (id, user_id, name, token_hash, created_at, last_used_at, revoked_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(t.id, t.userId, t.name, t.tokenHash, t.createdAt, t.lastUsedAt, t.revokedAt);
    },
    async findApiTokenByHash(tokenHash) {
      const row = db
        .prepare<[string], TokenRow>('SELECT * FROM api_tokens WHERE token_hash = ?')
        .get(tokenHash);
      return row && toToken(row);
    },
    async listApiTokens(userId) {
      return db
        .prepare<[string], TokenRow>(
          'SELECT * FROM api_tokens WHERE user_id = ? AND revoked_at IS NULL ORDER BY created_at, id',
        )
        .all(userId)
        .map(toToken);
    },
    async revokeApiToken(id, userId, at) {
      return (
        db
          .prepare(
            'UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL',
          )
          .run(at, id, userId).changes > 0
      );
    },
    async touchApiToken(id, at) {
      db.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?').run(at, id);
    },

    async appendAudit(e) {
      db.prepare(
        'INSERT INTO audit_log (at, actor_id, workspace_id, action, subject, details) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(e.at, e.actorId, e.workspaceId, e.action, e.subject, JSON.stringify(e.details));
    },
    async listAudit({ workspaceId, limit }) {
      const rows = db
        .prepare<[string | null, string | null, number], Omit<AuditRow, never>>(
          `SELECT * FROM audit_log WHERE (? IS NULL OR workspace_id = ?) ORDER BY id DESC LIMIT ?`,
        )
        .all(workspaceId ?? null, workspaceId ?? null, limit);
      return rows.map((row): AuditRecord => ({
        id: row.id,
        at: row.at,
        actorId: row.actor_id,
        workspaceId: row.workspace_id,
        action: row.action,
        subject: row.subject,
        details: JSON.parse(row.details) as Record<string, unknown>,
      }));
    },
  };
}

interface AuditRow {
  id: number;
  at: string;
  actor_id: string | null;
  workspace_id: string | null;
  action: string;
  subject: string | null;
  details: string;
}
