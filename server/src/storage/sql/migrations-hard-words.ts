// Schema steps for a workspace's hard words (issue 12): each word once per workspace, whatever its
// case or spacing (`word_key`, made by the store), with who added it; that person's id goes to
// null if their account is erased.

/** Steps as migrations.ts takes them; only the column types these steps use are named. */
type Step = (t: { timestamp: string }) => string;

export const hardWordMigrations: readonly Step[] = [
  (t) => `
  CREATE TABLE hard_words (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    word TEXT NOT NULL,
    word_key TEXT NOT NULL,
    explanation TEXT NOT NULL,
    added_by TEXT REFERENCES users(id) ON DELETE SET NULL,
    created_at ${t.timestamp} NOT NULL,
    updated_at ${t.timestamp} NOT NULL
  );
  CREATE UNIQUE INDEX hard_words_by_key ON hard_words(workspace_id, word_key);
  `,
];
