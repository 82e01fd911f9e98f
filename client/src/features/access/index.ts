// Signing in without memory tests: invite links, one-time sign-in links, the setup link, and
// who is signed in. Members and invites live in features/members.
export { AccountBar } from './AccountBar.tsx';
export { JoinPage } from './JoinPage.tsx';
export { MeProvider, useMe, type MeState } from './MeProvider.tsx';
export { SetupPage } from './SetupPage.tsx';
export { SignInLinkPage } from './SignInLinkPage.tsx';
export { SignInPage } from './SignInPage.tsx';
export { SignedOutNotice } from './SignedOutNotice.tsx';
export { changeMyName } from './api.ts';
export { useCan } from './useCan.ts';
