// Members and invites for one workspace (issue 3), and the one-time secret box other pages use.
export { MembersPage } from './MembersPage.tsx';
export { OneTimeSecret } from './OneTimeSecret.tsx';
export { TAKE_PART_WORDS } from './words.ts';
export { useMemberNames, useMembers } from './queries.ts';
