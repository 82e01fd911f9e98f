// Schema steps for consent and notices (issue 13): whether a person's name may appear in the
// co-production record of exports, and the public pages an administrator writes. People who
// already chose to show how they take part were named in exports before this choice existed, so
// they start as "yes"; everyone else as "no" until they say.

/** Steps as migrations.ts takes them; only the column types these steps use are named. */
type Step = (t: { flag: string; false: string; timestamp: string }) => string;

export const noticeMigrations: readonly Step[] = [
  (t) => `
  ALTER TABLE users ADD COLUMN name_in_record ${t.flag} NOT NULL DEFAULT ${t.false};
  UPDATE users SET name_in_record = show_take_part;
  CREATE TABLE notices (
    kind TEXT PRIMARY KEY,
    body TEXT NOT NULL,
    updated_at ${t.timestamp} NOT NULL,
    updated_by TEXT REFERENCES users(id) ON DELETE SET NULL
  );
  `,
];
