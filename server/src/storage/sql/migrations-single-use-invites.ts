// Schema step for invite links that work once: the link made for one join request (issue 14).
// Links already made for join requests become single-use too, and one that someone has already
// joined with counts as used from the first time it was.

/** Steps as migrations.ts takes them; only the column types these steps use are named. */
type Step = (t: { flag: string; false: string }) => string;

export const singleUseInviteMigrations: readonly Step[] = [
  (t) => `
  ALTER TABLE invites ADD COLUMN single_use ${t.flag} NOT NULL DEFAULT ${t.false};
  UPDATE invites SET single_use = NOT ${t.false}
    WHERE id IN (SELECT invite_id FROM join_requests WHERE invite_id IS NOT NULL);
  UPDATE invites
    SET revoked_at = (SELECT MIN(m.joined_at) FROM memberships m WHERE m.invite_id = invites.id)
    WHERE single_use = NOT ${t.false} AND revoked_at IS NULL
      AND EXISTS (SELECT 1 FROM memberships m WHERE m.invite_id = invites.id);
  `,
];
