// Schema steps for pictures uploaded to a workspace (issue 12), appended to migrations.ts. Who
// uploaded a picture goes to null if their account is erased; the picture stays the workspace's.

/** Steps as migrations.ts takes them; only the column types these steps use are named. */
type Step = (t: { bytes: string; timestamp: string }) => string;

export const pictureMigrations: readonly Step[] = [
  (t) => `
  CREATE TABLE workspace_pictures (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    media_type TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    byte_size INTEGER NOT NULL,
    name TEXT NOT NULL,
    data ${t.bytes} NOT NULL,
    uploaded_by TEXT REFERENCES users(id) ON DELETE SET NULL,
    uploaded_at ${t.timestamp} NOT NULL
  );
  CREATE INDEX workspace_pictures_by_workspace ON workspace_pictures(workspace_id, uploaded_at);
  `,
];
