// My profile (issue 3): name, colour, how I take part, how I like information, password.
export { ProfilePage } from './ProfilePage.tsx';
export { ReadAloudShortcut } from './ReadAloudShortcut.tsx';
