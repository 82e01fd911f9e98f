// Versioned schema for the SQLite store; `PRAGMA user_version` records how far it has got.
import type Database from 'better-sqlite3';

const migrations: readonly string[] = [
  `
  CREATE TABLE workspaces (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id),
    title TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
  );
  CREATE INDEX documents_by_workspace ON documents(workspace_id, deleted_at);
  CREATE TABLE document_snapshots (
    document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    state BLOB NOT NULL,
    up_to_seq INTEGER NOT NULL
  );
  CREATE TABLE document_updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    data BLOB NOT NULL
  );
  CREATE INDEX document_updates_by_document ON document_updates(document_id, seq);
  `,
  `
  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT UNIQUE COLLATE NOCASE,
    colour TEXT NOT NULL,
    pronouns TEXT,
    take_part TEXT,
    show_take_part INTEGER NOT NULL DEFAULT 0,
    information TEXT NOT NULL,
    is_admin INTEGER NOT NULL DEFAULT 0,
    password_hash TEXT,
    created_at TEXT NOT NULL
  );
  CREATE TABLE memberships (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    joined_at TEXT NOT NULL,
    invite_id TEXT,
    PRIMARY KEY (workspace_id, user_id)
  );
  CREATE INDEX memberships_by_user ON memberships(user_id);
  CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    remember INTEGER NOT NULL
  );
  CREATE INDEX sessions_by_user ON sessions(user_id);
  CREATE TABLE invites (
    id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    revoked_at TEXT
  );
  CREATE TABLE one_time_links (
    token_hash TEXT PRIMARY KEY,
    purpose TEXT NOT NULL,
    user_id TEXT REFERENCES users(id) ON DELETE CASCADE,
    created_by TEXT,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT
  );
  CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    last_used_at TEXT,
    revoked_at TEXT
  );
  CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor_id TEXT,
    workspace_id TEXT,
    action TEXT NOT NULL,
    subject TEXT,
    details TEXT NOT NULL
  );
  CREATE INDEX audit_by_workspace ON audit_log(workspace_id, id);
  `,
  `
  CREATE TABLE meetings (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    starts_at TEXT NOT NULL,
    state TEXT NOT NULL,
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
    created_at TEXT NOT NULL,
    agreement TEXT,
    state BLOB NOT NULL
  );
  CREATE INDEX document_versions_by_document ON document_versions(document_id, created_at);
  `,
  `
  CREATE TABLE workspace_settings (
    workspace_id TEXT PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
    settings TEXT NOT NULL
  );
  `,
  `
  CREATE TABLE document_client_authors (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    client_id INTEGER NOT NULL,
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
    created_at TEXT NOT NULL,
    closes_at TEXT NOT NULL,
    state TEXT NOT NULL,
    decided_at TEXT,
    withdrawn_by TEXT,
    outcome TEXT
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
    responded_at TEXT NOT NULL,
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
    how TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    UNIQUE (document_id, suggestion_id)
  );
  CREATE INDEX suggestion_decisions_by_document ON suggestion_decisions(document_id, decided_at);
  CREATE TABLE document_reviews (
    document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    since TEXT NOT NULL
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
    created_at TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT
  );
  CREATE INDEX comment_threads_by_document ON comment_threads(document_id, created_at);
  CREATE TABLE comments (
    id TEXT PRIMARY KEY,
    thread_id TEXT NOT NULL REFERENCES comment_threads(id) ON DELETE CASCADE,
    author_id TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    edited_at TEXT,
    deleted_at TEXT
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
    removed_at TEXT NOT NULL,
    PRIMARY KEY (workspace_id, user_id)
  );
  `,
  `
  CREATE TABLE document_quarantine (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    source TEXT NOT NULL CHECK (source IN ('snapshot', 'log')),
    seq INTEGER,
    data BLOB NOT NULL,
    error TEXT NOT NULL,
    quarantined_at TEXT NOT NULL
  );
  CREATE INDEX document_quarantine_by_document ON document_quarantine(document_id, id);
  `,
];

export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < migrations.length; version++) {
    db.transaction(() => {
      db.exec(migrations[version] ?? '');
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
