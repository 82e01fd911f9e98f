// Schema step for invite links that work once: the link made for one join request (issue 14).
// Links already made for join requests become single-use too.

/** Steps as migrations.ts takes them; only the column types these steps use are named. */
type Step = (t: { flag: string; false: string }) => string;

export const singleUseInviteMigrations: readonly Step[] = [
  (t) => `
  ALTER TABLE invites ADD COLUMN single_use ${t.flag} NOT NULL DEFAULT ${t.false};
  UPDATE invites SET single_use = NOT ${t.false}
    WHERE id IN (SELECT invite_id FROM join_requests WHERE invite_id IS NOT NULL);
  `,
];
