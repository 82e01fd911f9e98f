// Public events with booking (issue 14): the public event page and the booker's own page, and
// the facilitators' pages: making a meeting public, bookings, the sign-in sheet and the door.
export { BookingPage } from './BookingPage.tsx';
export { BookingsPage } from './BookingsPage.tsx';
export { DoorPage } from './DoorPage.tsx';
export { EventPage } from './EventPage.tsx';
export { EventSettingsPage } from './EventSettingsPage.tsx';
export { SignInSheetPage } from './SignInSheetPage.tsx';
