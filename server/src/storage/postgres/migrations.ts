// Versioned schema for the Postgres store, applied at start under an advisory lock so that
// several processes starting together migrate once.
import type { PoolClient } from 'pg';

const MIGRATION_LOCK = 727_001;

const migrations: readonly string[] = [
  `
  CREATE TABLE workspaces (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
  );
  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id),
    title TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    deleted_at TIMESTAMPTZ
  );
  CREATE INDEX documents_by_workspace ON documents(workspace_id, deleted_at);
  CREATE TABLE document_snapshots (
    document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    state BYTEA NOT NULL,
    up_to_seq BIGINT NOT NULL
  );
  CREATE TABLE document_updates (
    seq BIGSERIAL PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    data BYTEA NOT NULL
  );
  CREATE INDEX document_updates_by_document ON document_updates(document_id, seq);
  `,
  `
  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT,
    colour TEXT NOT NULL,
    pronouns TEXT,
    take_part TEXT,
    show_take_part BOOLEAN NOT NULL DEFAULT false,
    information JSONB NOT NULL,
    is_admin BOOLEAN NOT NULL DEFAULT false,
    password_hash TEXT,
    created_at TIMESTAMPTZ NOT NULL
  );
  -- One person per address whatever its case; lookups use the same lower(email).
  CREATE UNIQUE INDEX users_by_email ON users(lower(email));
  CREATE TABLE memberships (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    joined_at TIMESTAMPTZ NOT NULL,
    invite_id TEXT,
    PRIMARY KEY (workspace_id, user_id)
  );
  CREATE INDEX memberships_by_user ON memberships(user_id);
  CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    remember BOOLEAN NOT NULL
  );
  CREATE INDEX sessions_by_user ON sessions(user_id);
  CREATE TABLE invites (
    id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ
  );
  CREATE INDEX invites_by_workspace ON invites(workspace_id, created_at);
  CREATE TABLE one_time_links (
    token_hash TEXT PRIMARY KEY,
    purpose TEXT NOT NULL,
    user_id TEXT REFERENCES users(id) ON DELETE CASCADE,
    created_by TEXT,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at TIMESTAMPTZ
  );
  CREATE INDEX one_time_links_by_user ON one_time_links(user_id);
  CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL,
    last_used_at TIMESTAMPTZ,
    revoked_at TIMESTAMPTZ
  );
  CREATE INDEX api_tokens_by_user ON api_tokens(user_id);
  CREATE TABLE audit_log (
    id BIGSERIAL PRIMARY KEY,
    at TIMESTAMPTZ NOT NULL,
    actor_id TEXT,
    workspace_id TEXT,
    action TEXT NOT NULL,
    subject TEXT,
    details JSONB NOT NULL
  );
  CREATE INDEX audit_by_workspace ON audit_log(workspace_id, id);
  CREATE INDEX audit_by_actor ON audit_log(actor_id);
  CREATE INDEX audit_by_subject ON audit_log(subject);
  `,
  `
  CREATE TABLE meetings (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    starts_at TIMESTAMPTZ NOT NULL,
    state JSONB NOT NULL,
    version INTEGER NOT NULL
  );
  CREATE INDEX meetings_by_workspace ON meetings(workspace_id, starts_at);
  `,
  `
  CREATE TABLE document_versions (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_by TEXT,
    created_at TIMESTAMPTZ NOT NULL,
    agreement JSONB,
    state BYTEA NOT NULL
  );
  CREATE INDEX document_versions_by_document ON document_versions(document_id, created_at);
  `,
  `
  CREATE TABLE workspace_settings (
    workspace_id TEXT PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
    settings JSONB NOT NULL
  );
  `,
  `
  CREATE TABLE document_client_authors (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    client_id BIGINT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    PRIMARY KEY (document_id, client_id)
  );
  `,
  `
  CREATE TABLE version_proposals (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    version_id TEXT NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
    proposed_by TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    closes_at TIMESTAMPTZ NOT NULL,
    state TEXT NOT NULL,
    decided_at TIMESTAMPTZ,
    withdrawn_by TEXT,
    outcome JSONB
  );
  CREATE INDEX version_proposals_by_document ON version_proposals(document_id, created_at);
  CREATE UNIQUE INDEX version_proposals_one_open ON version_proposals(document_id)
    WHERE state = 'open';
  CREATE INDEX version_proposals_due ON version_proposals(closes_at) WHERE state = 'open';
  CREATE TABLE version_proposal_responses (
    proposal_id TEXT NOT NULL REFERENCES version_proposals(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    reason TEXT NOT NULL,
    responded_at TIMESTAMPTZ NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (proposal_id, user_id)
  );
  `,
  `
  CREATE TABLE suggestion_decisions (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    suggestion_id TEXT NOT NULL,
    outcome TEXT NOT NULL,
    summary TEXT NOT NULL,
    suggested_by TEXT,
    suggested_at TEXT,
    how JSONB NOT NULL,
    decided_at TIMESTAMPTZ NOT NULL,
    UNIQUE (document_id, suggestion_id)
  );
  CREATE INDEX suggestion_decisions_by_document ON suggestion_decisions(document_id, decided_at);
  CREATE TABLE document_reviews (
    document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    since TIMESTAMPTZ NOT NULL
  );
  `,
  `
  CREATE TABLE comment_threads (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    anchor_start TEXT NOT NULL,
    anchor_end TEXT NOT NULL,
    quote TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    resolved_at TIMESTAMPTZ,
    resolved_by TEXT
  );
  CREATE INDEX comment_threads_by_document ON comment_threads(document_id, created_at);
  CREATE TABLE comments (
    id TEXT PRIMARY KEY,
    thread_id TEXT NOT NULL REFERENCES comment_threads(id) ON DELETE CASCADE,
    author_id TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    edited_at TIMESTAMPTZ,
    deleted_at TIMESTAMPTZ
  );
  CREATE INDEX comments_by_thread ON comments(thread_id, created_at);
  CREATE INDEX comments_by_author ON comments(author_id);
  `,
  `
  ALTER TABLE comment_threads ADD COLUMN suggestion_id TEXT;
  ALTER TABLE comment_threads ADD COLUMN resolved_because TEXT;
  CREATE UNIQUE INDEX comment_threads_by_suggestion ON comment_threads(document_id, suggestion_id);
  `,
  `
  CREATE TABLE membership_removals (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    removed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (workspace_id, user_id)
  );
  `,
  `
  CREATE TABLE document_quarantine (
    id BIGSERIAL PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    source TEXT NOT NULL CHECK (source IN ('snapshot', 'log')),
    seq BIGINT,
    data BYTEA NOT NULL,
    error TEXT NOT NULL,
    quarantined_at TIMESTAMPTZ NOT NULL
  );
  CREATE INDEX document_quarantine_by_document ON document_quarantine(document_id, id);
  `,
];

export async function migrate(client: PoolClient): Promise<number> {
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query<{ version: number | null }>(
      'SELECT max(version) AS version FROM schema_migrations',
    );
    const current = rows[0]?.version ?? 0;
    for (let version = current; version < migrations.length; version++) {
      await client.query('BEGIN');
      try {
        await client.query(migrations[version] ?? '');
        await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version + 1]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
    return migrations.length - current;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}
