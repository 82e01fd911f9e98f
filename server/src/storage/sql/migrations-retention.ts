// Schema steps for retention (issue 13), appended to migrations.ts: when each person last signed
// in (a session started), so accounts nobody uses can be reviewed; filled from the sessions
// still kept; and an index to delete old audit entries by time.

/** Steps as migrations.ts takes them; only the column types these steps use are named. */
type Step = (t: { timestamp: string }) => string;

export const retentionMigrations: readonly Step[] = [
  (t) => `
  ALTER TABLE users ADD COLUMN last_signed_in_at ${t.timestamp};
  UPDATE users SET last_signed_in_at =
    (SELECT max(sessions.created_at) FROM sessions WHERE sessions.user_id = users.id);
  CREATE INDEX audit_by_time ON audit_log(at);
  `,
];
