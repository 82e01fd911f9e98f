// Consent and notices (issue 13): the public privacy notice, accessibility statement and cookie
// statement with the footer that links them, and the choice about being named in exports.
export { ConsentChoice } from './ConsentChoice.tsx';
export { CookiesPage } from './CookiesPage.tsx';
export { Footer } from './Footer.tsx';
export { NoticePage } from './NoticePage.tsx';
export { RecordConsentSection } from './RecordConsentSection.tsx';
export { WhatWeKeep } from './WhatWeKeep.tsx';
