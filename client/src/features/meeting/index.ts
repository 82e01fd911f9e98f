// Meetings (the interface says "meeting" and "workshop"): the list per workspace with
// scheduling and "are you coming?", the live meeting page, and the room screen.
export { MeetingPage } from './MeetingPage.tsx';
export { MeetingsPage } from './MeetingsPage.tsx';
export { RoomPage } from './RoomPage.tsx';
