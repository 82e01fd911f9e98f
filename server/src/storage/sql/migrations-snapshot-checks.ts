// Schema step for snapshots a new reader may be given before the document has loaded (issue 15):
// compaction marks the snapshots it built and found to fit the editor's schema. Snapshots made
// before are not marked, so they are loaded and checked as before.

/** Steps as migrations.ts takes them; only the column types these steps use are named. */
type Step = (t: { flag: string; false: string }) => string;

export const snapshotCheckMigrations: readonly Step[] = [
  (t) => `
  ALTER TABLE document_snapshots ADD COLUMN checked ${t.flag} NOT NULL DEFAULT ${t.false};
  `,
];
