// The pages of the app and their addresses.
import { createBrowserRouter } from 'react-router';
import { JoinPage, SetupPage, SignInLinkPage, SignInPage } from '../features/access/index.ts';
import { StartPage } from '../features/workspaces/index.ts';
import { Layout } from './Layout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <Layout />,
      children: [
        { index: true, element: <StartPage /> },
        {
          path: 'documents/:documentId',
          // The editor is most of the code: load it only when a document is opened.
          lazy: async () => {
            const { DocumentPage } = await import('../features/editor/index.ts');
            return { Component: DocumentPage };
          },
        },
        // Versions of a document and what changed between them (issue 5).
        {
          path: 'documents/:documentId/versions',
          lazy: async () => {
            const { VersionsPage } = await import('../features/versions/index.ts');
            return { Component: VersionsPage };
          },
        },
        // Checking an Easy Read version with the group, and what they said (issue 12).
        {
          path: 'documents/:documentId/check',
          lazy: async () => {
            const { CheckPage } = await import('../features/easy-read/index.ts');
            return { Component: CheckPage };
          },
        },
        {
          path: 'documents/:documentId/check/results',
          lazy: async () => {
            const { CheckResultsPage } = await import('../features/easy-read/index.ts');
            return { Component: CheckResultsPage };
          },
        },
        // Meetings (issue 4): the list per workspace, and the live meeting page, which holds
        // the editor, so it loads with it.
        {
          path: 'workspaces/:workspaceId/meetings',
          lazy: async () => {
            const { MeetingsPage } = await import('../features/meeting/index.ts');
            return { Component: MeetingsPage };
          },
        },
        {
          path: 'meetings/:meetingId',
          lazy: async () => {
            const { MeetingPage } = await import('../features/meeting/index.ts');
            return { Component: MeetingPage };
          },
        },
        { path: 'setup/:token', element: <SetupPage /> },
        { path: 'join/:token', element: <JoinPage /> },
        { path: 'sign-in/:token', element: <SignInLinkPage /> },
        { path: 'sign-in', element: <SignInPage /> },
        // People, invitations, profile and tokens (issue 3).
        {
          path: 'workspaces/:workspaceId/members',
          lazy: async () => {
            const { MembersPage } = await import('../features/members/index.ts');
            return { Component: MembersPage };
          },
        },
        // A workspace's hard words and what they mean (issue 12).
        {
          path: 'workspaces/:workspaceId/hard-words',
          lazy: async () => {
            const { HardWordsPage } = await import('../features/hard-words/index.ts');
            return { Component: HardWordsPage };
          },
        },
        // Public consultations on a draft (issue 14): the public page needs no sign-in.
        {
          path: 'workspaces/:workspaceId/consultations',
          lazy: async () => {
            const { ConsultationsPage } = await import('../features/consultations/index.ts');
            return { Component: ConsultationsPage };
          },
        },
        {
          path: 'consultations/:consultationId',
          lazy: async () => {
            const { PublicConsultationPage } = await import('../features/consultations/index.ts');
            return { Component: PublicConsultationPage };
          },
        },
        {
          path: 'consultations/:consultationId/manage',
          lazy: async () => {
            const { ManageConsultationPage } = await import('../features/consultations/index.ts');
            return { Component: ManageConsultationPage };
          },
        },
        {
          path: 'profile',
          lazy: async () => {
            const { ProfilePage } = await import('../features/profile/index.ts');
            return { Component: ProfilePage };
          },
        },
        {
          path: 'tokens',
          lazy: async () => {
            const { TokensPage } = await import('../features/tokens/index.ts');
            return { Component: TokensPage };
          },
        },
        // Public pages, signed in or not (issue 13): privacy, accessibility, cookies.
        ...(['privacy', 'accessibility'] as const).map((kind) => ({
          path: kind,
          lazy: async () => {
            const { NoticePage } = await import('../features/notices/index.ts');
            return { Component: () => <NoticePage kind={kind} /> };
          },
        })),
        {
          path: 'cookies',
          lazy: async () => {
            const { CookiesPage } = await import('../features/notices/index.ts');
            return { Component: CookiesPage };
          },
        },
        // Public events with booking (issue 14): the public's pages, then the facilitators'.
        {
          path: 'events/:eventId',
          lazy: async () => {
            const { EventPage } = await import('../features/events/index.ts');
            return { Component: EventPage };
          },
        },
        {
          path: 'bookings/:token',
          lazy: async () => {
            const { BookingPage } = await import('../features/events/index.ts');
            return { Component: BookingPage };
          },
        },
        {
          path: 'meetings/:meetingId/public-event',
          lazy: async () => {
            const { EventSettingsPage } = await import('../features/events/index.ts');
            return { Component: EventSettingsPage };
          },
        },
        {
          path: 'events/:eventId/bookings',
          lazy: async () => {
            const { BookingsPage } = await import('../features/events/index.ts');
            return { Component: BookingsPage };
          },
        },
        {
          path: 'events/:eventId/sign-in-sheet',
          lazy: async () => {
            const { SignInSheetPage } = await import('../features/events/index.ts');
            return { Component: SignInSheetPage };
          },
        },
        {
          path: 'events/:eventId/door',
          lazy: async () => {
            const { DoorPage } = await import('../features/events/index.ts');
            return { Component: DoorPage };
          },
        },
        // Recruiting (issue 14): a workspace's public page for anyone, and for its facilitators
        // the page's settings, the join requests and the letters to print.
        {
          path: 'p/:slug',
          lazy: async () => {
            const { PublicPage } = await import('../features/recruiting/index.ts');
            return { Component: PublicPage };
          },
        },
        {
          path: 'workspaces/:workspaceId/public-page',
          lazy: async () => {
            const { PublicPageSettings } = await import('../features/recruiting/index.ts');
            return { Component: PublicPageSettings };
          },
        },
        {
          path: 'workspaces/:workspaceId/join-requests',
          lazy: async () => {
            const { JoinRequestsPage } = await import('../features/recruiting/index.ts');
            return { Component: JoinRequestsPage };
          },
        },
        {
          path: 'workspaces/:workspaceId/join-requests/:requestId/letter',
          lazy: async () => {
            const { LetterPage } = await import('../features/recruiting/index.ts');
            return { Component: LetterPage };
          },
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
    // The room screen for a projector: no header, large print, nothing to press (issue 4).
    {
      path: 'meetings/:meetingId/room',
      lazy: async () => {
        const { RoomPage } = await import('../features/meeting/index.ts');
        return { Component: RoomPage };
      },
    },
  ]);
}
