// Recruiting (issue 14): the public page and its join form, the page's settings, the join
// requests queue, and the printable letter.
export { JoinRequestsPage } from './JoinRequestsPage.tsx';
export { LetterPage } from './LetterPage.tsx';
export { PublicPage } from './PublicPage.tsx';
export { PublicPageSettings } from './PublicPageSettings.tsx';
