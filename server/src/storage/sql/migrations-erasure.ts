// Schema step for erasing people (issue 13): the erasure log. Each row says that the person
// whose id hashes to `reference` was erased and replaced by the pseudonym "Former member
// <number>" (`pseudonym_id`), when, and how; never their name, email or id. It lets an
// administrator replay every erasure after restoring a backup made before it.
type Step = (t: { timestamp: string; json: string }) => string;

export const erasureMigrations: readonly Step[] = [
  (t) => `
  CREATE TABLE erasures (
    number INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    pseudonym_id TEXT NOT NULL,
    erased_at ${t.timestamp} NOT NULL,
    options ${t.json} NOT NULL
  );
  `,
];
