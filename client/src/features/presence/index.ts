// Presence: who you are (name and colour), who else is here, and news of people coming and going.
export { NameForm } from './NameForm.tsx';
export { WhoIsHere } from './WhoIsHere.tsx';
export { useIdentity } from './useIdentity.ts';
export { usePeopleAnnouncements } from './usePeopleAnnouncements.ts';
export type { Identity } from './identity.ts';
