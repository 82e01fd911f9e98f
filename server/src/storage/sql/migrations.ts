// The one versioned schema for both databases: SQL both understand, `ColumnTypes` filled in. Step
// n is version n (SQLite: PRAGMA user_version; Postgres: schema_migrations), numbered as before.
import { hardWordMigrations } from './migrations-hard-words.ts';
import { pictureMigrations } from './migrations-pictures.ts';
// New steps go in their own file (migrations-<topic>.ts) and are appended at the end.
import { easyReadMigrations } from './migrations-easy-read.ts';
import { noticeMigrations } from './migrations-notices.ts';
import { retentionMigrations } from './migrations-retention.ts';
import { erasureMigrations } from './migrations-erasure.ts';
import { eventMigrations } from './migrations-events.ts';
import { recruitingMigrations } from './migrations-recruiting.ts';
import { eventChangeMigrations } from './migrations-event-changes.ts';
import { consultationMigrations } from './migrations-consultations.ts';
import { singleUseInviteMigrations } from './migrations-single-use-invites.ts';
import { snapshotCheckMigrations } from './migrations-snapshot-checks.ts';
import type { ColumnTypes } from './column-types.ts';

export type Migration = (t: ColumnTypes) => string;

export const migrations: readonly Migration[] = [
  (t) => `
  CREATE TABLE workspaces (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at ${t.timestamp} NOT NULL
  );
  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id),
    title TEXT NOT NULL,
    created_at ${t.timestamp} NOT NULL,
    updated_at ${t.timestamp} NOT NULL,
    deleted_at ${t.timestamp}
  );
  CREATE INDEX documents_by_workspace ON documents(workspace_id, deleted_at);
  CREATE TABLE document_snapshots (
    document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    state ${t.bytes} NOT NULL,
    up_to_seq ${t.bigint} NOT NULL
  );
  CREATE TABLE document_updates (
    seq ${t.serialKey},
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    data ${t.bytes} NOT NULL
  );
  CREATE INDEX document_updates_by_document ON document_updates(document_id, seq);
  `,
  (t) => `
  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    email ${t.email},
    colour TEXT NOT NULL,
    pronouns TEXT,
    take_part TEXT,
    show_take_part ${t.flag} NOT NULL DEFAULT ${t.false},
    information ${t.json} NOT NULL,
    is_admin ${t.flag} NOT NULL DEFAULT ${t.false},
    password_hash TEXT,
    created_at ${t.timestamp} NOT NULL
  );
  -- One person per address whatever its case; lookups use the same lower(email).
  CREATE UNIQUE INDEX users_by_email ON users(lower(email));
  CREATE TABLE memberships (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    joined_at ${t.timestamp} NOT NULL,
    invite_id TEXT,
    PRIMARY KEY (workspace_id, user_id)
  );
  CREATE INDEX memberships_by_user ON memberships(user_id);
  CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at ${t.timestamp} NOT NULL,
    expires_at ${t.timestamp} NOT NULL,
    remember ${t.flag} NOT NULL
  );
  CREATE INDEX sessions_by_user ON sessions(user_id);
  CREATE TABLE invites (
    id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at ${t.timestamp} NOT NULL,
    expires_at ${t.timestamp} NOT NULL,
    revoked_at ${t.timestamp}
  );
  CREATE INDEX invites_by_workspace ON invites(workspace_id, created_at);
  CREATE TABLE one_time_links (
    token_hash TEXT PRIMARY KEY,
    purpose TEXT NOT NULL,
    user_id TEXT REFERENCES users(id) ON DELETE CASCADE,
    created_by TEXT,
    created_at ${t.timestamp} NOT NULL,
    expires_at ${t.timestamp} NOT NULL,
    used_at ${t.timestamp}
  );
  CREATE INDEX one_time_links_by_user ON one_time_links(user_id);
  CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at ${t.timestamp} NOT NULL,
    last_used_at ${t.timestamp},
    revoked_at ${t.timestamp}
  );
  CREATE INDEX api_tokens_by_user ON api_tokens(user_id);
  CREATE TABLE audit_log (
    id ${t.serialKey},
    at ${t.timestamp} NOT NULL,
    actor_id TEXT,
    workspace_id TEXT,
    action TEXT NOT NULL,
    subject TEXT,
    details ${t.json} NOT NULL
  );
  CREATE INDEX audit_by_workspace ON audit_log(workspace_id, id);
  CREATE INDEX audit_by_actor ON audit_log(actor_id);
  CREATE INDEX audit_by_subject ON audit_log(subject);
  `,
  (t) => `
  CREATE TABLE meetings (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    starts_at ${t.timestamp} NOT NULL,
    state ${t.json} NOT NULL,
    version INTEGER NOT NULL
  );
  CREATE INDEX meetings_by_workspace ON meetings(workspace_id, starts_at);
  `,
  (t) => `
  CREATE TABLE document_versions (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_by TEXT,
    created_at ${t.timestamp} NOT NULL,
    agreement ${t.json},
    state ${t.bytes} NOT NULL
  );
  CREATE INDEX document_versions_by_document ON document_versions(document_id, created_at);
  `,
  (t) => `
  CREATE TABLE workspace_settings (
    workspace_id TEXT PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
    settings ${t.json} NOT NULL
  );
  `,
  (t) => `
  CREATE TABLE document_client_authors (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    client_id ${t.bigint} NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    PRIMARY KEY (document_id, client_id)
  );
  `,
  (t) => `
  CREATE TABLE version_proposals (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    version_id TEXT NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
    proposed_by TEXT NOT NULL,
    created_at ${t.timestamp} NOT NULL,
    closes_at ${t.timestamp} NOT NULL,
    state TEXT NOT NULL,
    decided_at ${t.timestamp},
    withdrawn_by TEXT,
    outcome ${t.json}
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
    responded_at ${t.timestamp} NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (proposal_id, user_id)
  );
  `,
  (t) => `
  CREATE TABLE suggestion_decisions (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    suggestion_id TEXT NOT NULL,
    outcome TEXT NOT NULL,
    summary TEXT NOT NULL,
    suggested_by TEXT,
    suggested_at TEXT,
    how ${t.json} NOT NULL,
    decided_at ${t.timestamp} NOT NULL,
    UNIQUE (document_id, suggestion_id)
  );
  CREATE INDEX suggestion_decisions_by_document ON suggestion_decisions(document_id, decided_at);
  CREATE TABLE document_reviews (
    document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    since ${t.timestamp} NOT NULL
  );
  `,
  (t) => `
  CREATE TABLE comment_threads (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    anchor_start TEXT NOT NULL,
    anchor_end TEXT NOT NULL,
    quote TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at ${t.timestamp} NOT NULL,
    resolved_at ${t.timestamp},
    resolved_by TEXT
  );
  CREATE INDEX comment_threads_by_document ON comment_threads(document_id, created_at);
  CREATE TABLE comments (
    id TEXT PRIMARY KEY,
    thread_id TEXT NOT NULL REFERENCES comment_threads(id) ON DELETE CASCADE,
    author_id TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at ${t.timestamp} NOT NULL,
    edited_at ${t.timestamp},
    deleted_at ${t.timestamp}
  );
  CREATE INDEX comments_by_thread ON comments(thread_id, created_at);
  CREATE INDEX comments_by_author ON comments(author_id);
  `,
  () => `
  ALTER TABLE comment_threads ADD COLUMN suggestion_id TEXT;
  ALTER TABLE comment_threads ADD COLUMN resolved_because TEXT;
  CREATE UNIQUE INDEX comment_threads_by_suggestion ON comment_threads(document_id, suggestion_id);
  `,
  (t) => `
  CREATE TABLE membership_removals (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    removed_at ${t.timestamp} NOT NULL,
    PRIMARY KEY (workspace_id, user_id)
  );
  `,
  (t) => `
  CREATE TABLE document_quarantine (
    id ${t.serialKey},
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    source TEXT NOT NULL CHECK (source IN ('snapshot', 'log')),
    seq ${t.bigint},
    data ${t.bytes} NOT NULL,
    error TEXT NOT NULL,
    quarantined_at ${t.timestamp} NOT NULL
  );
  CREATE INDEX document_quarantine_by_document ON document_quarantine(document_id, id);
  `,
  // SQLite databases made by the old SQLite list lack the indexes that step 2 makes on
  // Postgres; new databases already have them, so this step adds only what is missing.
  () => `
  CREATE UNIQUE INDEX IF NOT EXISTS users_by_email ON users(lower(email));
  CREATE INDEX IF NOT EXISTS invites_by_workspace ON invites(workspace_id, created_at);
  CREATE INDEX IF NOT EXISTS one_time_links_by_user ON one_time_links(user_id);
  CREATE INDEX IF NOT EXISTS api_tokens_by_user ON api_tokens(user_id);
  CREATE INDEX IF NOT EXISTS audit_by_actor ON audit_log(actor_id);
  CREATE INDEX IF NOT EXISTS audit_by_subject ON audit_log(subject);
  `,
  ...hardWordMigrations,
  ...pictureMigrations,
  ...easyReadMigrations,
  ...noticeMigrations,
  ...retentionMigrations,
  ...erasureMigrations,
  ...eventMigrations,
  ...recruitingMigrations,
  ...eventChangeMigrations,
  ...consultationMigrations,
  ...singleUseInviteMigrations,
  ...snapshotCheckMigrations,
];
