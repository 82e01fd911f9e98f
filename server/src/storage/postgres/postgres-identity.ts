// People and access in Postgres: the same port and contract suite as sqlite-identity.ts. Times
// are TIMESTAMPTZ and come back as ISO strings; emails match whatever their case through
// lower(email), which a unique index also guards. Lists order by "C" collation so that both
// stores agree whatever the database's locale.
import type pg from 'pg';
import type { IdentityStore } from '../identity-ports.ts';
import { inTransaction } from './in-transaction.ts';
import {
  isUserColumn,
  toAudit,
  toInvite,
  toLink,
  toMembership,
  toSession,
  toToken,
  toUser,
  userColumns,
  type AuditRow,
  type InviteRow,
  type LinkRow,
  type MembershipRow,
  type SessionRow,
  type TokenRow,
  type UserRow,
} from './postgres-identity-rows.ts';

export function postgresIdentity(pool: pg.Pool): IdentityStore {
  return {
    async countUsers() {
      const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
      return rows[0]?.n ?? 0;
    },
    async createUser(user) {
      await pool.query(
        `INSERT INTO users (id, name, email, colour, pronouns, take_part, show_take_part, information, is_admin, password_hash, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11)`,
        [
          user.id,
          user.name,
          user.email,
          user.colour,
          user.pronouns,
          user.takePart,
          user.showTakePart,
          JSON.stringify(user.information),
          user.isAdmin,
          user.passwordHash,
          user.createdAt,
        ],
      );
      return { ...user };
    },
    async getUser(id) {
      const { rows } = await pool.query<UserRow>('SELECT * FROM users WHERE id = $1', [id]);
      return rows[0] && toUser(rows[0]);
    },
    async findUserByEmail(email) {
      const { rows } = await pool.query<UserRow>(
        'SELECT * FROM users WHERE lower(email) = lower($1)',
        [email],
      );
      return rows[0] && toUser(rows[0]);
    },
    async updateUser(id, change) {
      const sets: string[] = [];
      const values: unknown[] = [id];
      for (const [key, value] of Object.entries(change)) {
        if (value === undefined || !isUserColumn(key)) continue;
        values.push(key === 'information' ? JSON.stringify(value) : value);
        sets.push(
          `${userColumns[key]} = $${values.length}${key === 'information' ? '::jsonb' : ''}`,
        );
      }
      const { rows } =
        sets.length > 0
          ? await pool.query<UserRow>(
              `UPDATE users SET ${sets.join(', ')} WHERE id = $1 RETURNING *`,
              values,
            )
          : await pool.query<UserRow>('SELECT * FROM users WHERE id = $1', [id]);
      return rows[0] && toUser(rows[0]);
    },
    async eraseUser(id) {
      return inTransaction(pool, async (client) => {
        await client.query(
          `UPDATE audit_log SET details = '{}'::jsonb WHERE actor_id = $1 OR subject = $1`,
          [id],
        );
        // Memberships, sessions, links and tokens go with the row (ON DELETE CASCADE).
        const { rowCount } = await client.query('DELETE FROM users WHERE id = $1', [id]);
        return (rowCount ?? 0) > 0;
      });
    },

    async listMemberships(userId) {
      const { rows } = await pool.query<MembershipRow & { workspace_name: string }>(
        `SELECT m.*, w.name AS workspace_name FROM memberships m
         JOIN workspaces w ON w.id = m.workspace_id WHERE m.user_id = $1
         ORDER BY lower(w.name) COLLATE "C", w.id COLLATE "C"`,
        [userId],
      );
      return rows.map((row) => ({ ...toMembership(row), workspaceName: row.workspace_name }));
    },
    async listMembers(workspaceId) {
      const { rows } = await pool.query<MembershipRow & UserRow>(
        `SELECT m.workspace_id, m.user_id, m.role, m.joined_at, m.invite_id, u.*
         FROM memberships m JOIN users u ON u.id = m.user_id
         WHERE m.workspace_id = $1 ORDER BY lower(u.name) COLLATE "C", u.id COLLATE "C"`,
        [workspaceId],
      );
      return rows.map((row) => ({ ...toMembership(row), user: toUser(row) }));
    },
    async getMembership(workspaceId, userId) {
      const { rows } = await pool.query<MembershipRow>(
        'SELECT * FROM memberships WHERE workspace_id = $1 AND user_id = $2',
        [workspaceId, userId],
      );
      return rows[0] && toMembership(rows[0]);
    },
    async putMembership(m) {
      // A role change keeps when and through which invite the person joined.
      await pool.query(
        `INSERT INTO memberships (workspace_id, user_id, role, joined_at, invite_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (workspace_id, user_id) DO UPDATE SET role = excluded.role`,
        [m.workspaceId, m.userId, m.role, m.joinedAt, m.inviteId],
      );
    },
    async removeMembership(workspaceId, userId, removedAt) {
      // One statement, so the removal and its record cannot part.
      const { rows } = await pool.query<{ removed: boolean }>(
        `WITH gone AS (
           DELETE FROM memberships WHERE workspace_id = $1 AND user_id = $2 RETURNING workspace_id
         ), noted AS (
           INSERT INTO membership_removals (workspace_id, user_id, removed_at)
           SELECT $1, $2, $3 FROM gone
           ON CONFLICT (workspace_id, user_id) DO UPDATE SET removed_at = excluded.removed_at
         )
         SELECT EXISTS (SELECT 1 FROM gone) AS removed`,
        [workspaceId, userId, removedAt],
      );
      return rows[0]?.removed === true;
    },
    async removedAt(workspaceId, userId) {
      const { rows } = await pool.query<{ removed_at: Date }>(
        'SELECT removed_at FROM membership_removals WHERE workspace_id = $1 AND user_id = $2',
        [workspaceId, userId],
      );
      return rows[0]?.removed_at.toISOString();
    },

    async createSession(s) {
      await pool.query(
        'INSERT INTO sessions (id_hash, user_id, created_at, expires_at, remember) VALUES ($1, $2, $3, $4, $5)',
        [s.idHash, s.userId, s.createdAt, s.expiresAt, s.remember],
      );
    },
    async getSession(idHash) {
      const { rows } = await pool.query<SessionRow>('SELECT * FROM sessions WHERE id_hash = $1', [
        idHash,
      ]);
      return rows[0] && toSession(rows[0]);
    },
    async extendSession(idHash, expiresAt) {
      await pool.query('UPDATE sessions SET expires_at = $2 WHERE id_hash = $1', [
        idHash,
        expiresAt,
      ]);
    },
    async deleteSession(idHash) {
      await pool.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
    },
    async deleteSessionsOf(userId, except) {
      const { rows } = await pool.query<{ id_hash: string }>(
        'DELETE FROM sessions WHERE user_id = $1 AND id_hash IS DISTINCT FROM $2 RETURNING id_hash',
        [userId, except ?? null],
      );
      return rows.map((row) => row.id_hash);
    },

    async createInvite(i) {
      await pool.query(
        `INSERT INTO invites (id, token_hash, workspace_id, role, created_by, created_at, expires_at, revoked_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          i.id,
          i.tokenHash,
          i.workspaceId,
          i.role,
          i.createdBy,
          i.createdAt,
          i.expiresAt,
          i.revokedAt,
        ],
      );
    },
    async getInvite(id) {
      const { rows } = await pool.query<InviteRow>('SELECT * FROM invites WHERE id = $1', [id]);
      return rows[0] && toInvite(rows[0]);
    },
    async findInviteByTokenHash(tokenHash) {
      const { rows } = await pool.query<InviteRow>('SELECT * FROM invites WHERE token_hash = $1', [
        tokenHash,
      ]);
      return rows[0] && toInvite(rows[0]);
    },
    async listInvites(workspaceId) {
      const { rows } = await pool.query<InviteRow>(
        'SELECT * FROM invites WHERE workspace_id = $1 ORDER BY created_at DESC, id COLLATE "C"',
        [workspaceId],
      );
      return rows.map(toInvite);
    },
    async revokeInvite(id, at) {
      const { rowCount } = await pool.query(
        'UPDATE invites SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL',
        [id, at],
      );
      return (rowCount ?? 0) > 0;
    },

    async createLink(l) {
      await pool.query(
        `INSERT INTO one_time_links (token_hash, purpose, user_id, created_by, created_at, expires_at, used_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [l.tokenHash, l.purpose, l.userId, l.createdBy, l.createdAt, l.expiresAt, l.usedAt],
      );
    },
    async consumeLink(tokenHash, at) {
      // One statement: of two requests racing with the same link, exactly one gets a row back.
      const { rows } = await pool.query<LinkRow>(
        `UPDATE one_time_links SET used_at = $2
         WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2
         RETURNING *`,
        [tokenHash, at],
      );
      return rows[0] && toLink(rows[0]);
    },

    async createApiToken(t) {
      await pool.query(
        `INSERT INTO api_tokens (id, user_id, name, token_hash, created_at, last_used_at, revoked_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [t.id, t.userId, t.name, t.tokenHash, t.createdAt, t.lastUsedAt, t.revokedAt],
      );
    },
    async findApiTokenByHash(tokenHash) {
      const { rows } = await pool.query<TokenRow>(
        'SELECT * FROM api_tokens WHERE token_hash = $1',
        [tokenHash],
      );
      return rows[0] && toToken(rows[0]);
    },
    async listApiTokens(userId) {
      const { rows } = await pool.query<TokenRow>(
        `SELECT * FROM api_tokens WHERE user_id = $1 AND revoked_at IS NULL
         ORDER BY created_at, id COLLATE "C"`,
        [userId],
      );
      return rows.map(toToken);
    },
    async revokeApiToken(id, userId, at) {
      const { rowCount } = await pool.query(
        'UPDATE api_tokens SET revoked_at = $3 WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL',
        [id, userId, at],
      );
      return (rowCount ?? 0) > 0;
    },
    async touchApiToken(id, at) {
      await pool.query('UPDATE api_tokens SET last_used_at = $2 WHERE id = $1', [id, at]);
    },

    async appendAudit(e) {
      await pool.query(
        `INSERT INTO audit_log (at, actor_id, workspace_id, action, subject, details)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
        [e.at, e.actorId, e.workspaceId, e.action, e.subject, JSON.stringify(e.details)],
      );
    },
    async listAudit({ workspaceId, limit }) {
      const { rows } = await pool.query<AuditRow>(
        `SELECT * FROM audit_log WHERE ($1::text IS NULL OR workspace_id = $1)
         ORDER BY id DESC LIMIT $2`,
        [workspaceId ?? null, limit],
      );
      return rows.map(toAudit);
    },
  };
}
