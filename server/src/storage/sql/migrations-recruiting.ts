// Schema steps for recruiting (issue 14): a workspace's public page, the join requests sent from
// it, and the outbox of mail the server sends by itself (stored before it is sent, so nothing is
// lost while the mail server is down or the process restarts).

/** Steps as migrations.ts takes them; only the column types these steps use are named. */
type Step = (t: { timestamp: string; json: string }) => string;

export const recruitingMigrations: readonly Step[] = [
  (t) => `
  CREATE TABLE public_pages (
    workspace_id TEXT PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
    slug TEXT NOT NULL UNIQUE,
    published_at ${t.timestamp},
    content ${t.json} NOT NULL,
    updated_at ${t.timestamp} NOT NULL
  );
  CREATE TABLE join_requests (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    contact ${t.json} NOT NULL,
    needs TEXT NOT NULL,
    reason TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('new', 'invited', 'asked', 'declined', 'joined')),
    received_at ${t.timestamp} NOT NULL,
    answered_at ${t.timestamp},
    message TEXT,
    invite_id TEXT,
    person_id TEXT REFERENCES users(id) ON DELETE SET NULL
  );
  CREATE INDEX join_requests_by_workspace ON join_requests(workspace_id, received_at);
  CREATE INDEX join_requests_by_invite ON join_requests(invite_id);
  CREATE INDEX join_requests_by_person ON join_requests(person_id);
  CREATE TABLE outbox_mails (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    about TEXT NOT NULL,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    attachments ${t.json} NOT NULL,
    created_at ${t.timestamp} NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at ${t.timestamp} NOT NULL,
    last_error TEXT,
    sent_at ${t.timestamp}
  );
  CREATE INDEX outbox_mails_due ON outbox_mails(sent_at, next_attempt_at);
  CREATE INDEX outbox_mails_by_about ON outbox_mails(about);
  `,
];
