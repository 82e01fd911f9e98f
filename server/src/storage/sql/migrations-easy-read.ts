// Schema steps for Easy Read versions (issue 12): which document is the Easy Read version of
// which draft (at most one per draft; erasing the draft leaves the Easy Read version as an
// ordinary document), and checks: the pages as they were when a check started, and each
// person's answer to each page.
// The column types it needs (a part of migrations.ts's ColumnTypes; not imported, to keep the
// list and its parts free of an import cycle).
type Step = (t: { timestamp: string; json: string }) => string;

export const easyReadMigrations: readonly Step[] = [
  (t) => `
  ALTER TABLE documents ADD COLUMN easy_read_of TEXT REFERENCES documents(id) ON DELETE SET NULL;
  CREATE UNIQUE INDEX documents_one_easy_read ON documents(easy_read_of);
  CREATE TABLE easy_read_rounds (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    started_by TEXT NOT NULL,
    started_at ${t.timestamp} NOT NULL,
    pages ${t.json} NOT NULL
  );
  CREATE INDEX easy_read_rounds_by_document ON easy_read_rounds(document_id, started_at);
  CREATE TABLE easy_read_answers (
    round_id TEXT NOT NULL REFERENCES easy_read_rounds(id) ON DELETE CASCADE,
    page INTEGER NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    answer TEXT NOT NULL,
    words TEXT NOT NULL,
    answered_at ${t.timestamp} NOT NULL,
    PRIMARY KEY (round_id, page, user_id)
  );
  `,
];
