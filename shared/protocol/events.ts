// Public events (issue 14): a meeting a facilitator opens to the public, with its own page and
// places anyone may book without an account. A booking that does not fit waits in a queue.
import { z } from 'zod';
import { Id } from './ids.ts';
import { Email, PersonName } from './people.ts';
import { shownText } from './shown-text.ts';

/** The most places one booking may take (the person and their supporters). */
export const MAX_PLACES_PER_BOOKING = 6;
/** The most places an event may offer. */
export const MAX_EVENT_CAPACITY = 5000;

const Text = (max: number, what: string, min = 0) =>
  shownText({
    min,
    max,
    tooShort: `Please write ${what}`,
    tooLong: `${what} can be at most ${max} characters`,
  });
const Paragraphs = (max: number, what: string) =>
  z.string().trim().max(max, `${what} can be at most ${max} characters`);

/** What the venue offers, as a facilitator ticks it. */
export const VenueAccess = z
  .object({
    stepFree: z.boolean().default(false),
    hearingLoop: z.boolean().default(false),
    quietRoom: z.boolean().default(false),
    parking: z.boolean().default(false),
    other: Paragraphs(1000, 'More about the venue').default(''),
  })
  .strict();
export type VenueAccess = z.infer<typeof VenueAccess>;

export const PublicEventBody = z
  .object({
    title: Text(200, 'a title', 1),
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    place: Text(300, 'where it is', 1),
    venue: VenueAccess,
    whatToExpect: Paragraphs(4000, 'What to expect'),
    capacity: z.number().int().min(1).max(MAX_EVENT_CAPACITY),
  })
  .strict()
  .refine((b) => Date.parse(b.endsAt) > Date.parse(b.startsAt), {
    message: 'The end must be after the start',
    path: ['endsAt'],
  })
  .refine((b) => Date.parse(b.endsAt) - Date.parse(b.startsAt) <= 7 * 24 * 3600_000, {
    message: 'The end must be at most 7 days after the start',
    path: ['endsAt'],
  });
export type PublicEventBody = z.infer<typeof PublicEventBody>;

/** What anyone sees about a public event. */
export const PublicEvent = z.object({
  id: Id,
  workspaceName: z.string(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string(),
  venue: VenueAccess,
  whatToExpect: z.string(),
  capacity: z.number().int(),
  placesLeft: z.number().int(),
  waiting: z.number().int(),
  /** Open for bookings; closed (it stands, but takes no new bookings); or taken down. */
  state: z.enum(['open', 'closed', 'cancelled']),
  /** What the people who booked were told when it was taken down. */
  cancelMessage: z.string().nullable(),
});
export type PublicEvent = z.infer<typeof PublicEvent>;

/** What facilitators see on the meeting: its event (or null), and the meeting, to start from. */
export const MeetingEvent = z.object({
  event: PublicEvent.extend({ meetingId: Id, workspaceId: Id }).nullable(),
  meeting: z.object({ title: z.string(), startsAt: z.string(), place: z.string() }),
});
export type MeetingEvent = z.infer<typeof MeetingEvent>;

export const UpcomingEvents = z.object({ events: z.array(PublicEvent) });
export type UpcomingEvents = z.infer<typeof UpcomingEvents>;

export const BookingBody = z
  .object({
    name: PersonName,
    email: z.union([z.literal(''), Email]).default(''),
    phone: z
      .string()
      .trim()
      .max(40, 'A phone number can be at most 40 characters')
      .regex(/^[0-9+()\s.-]*$/, 'Please type a phone number with digits only')
      .refine((phone) => phone === '' || phone.replace(/\D/g, '').length >= 6, {
        message: 'A phone number needs at least 6 digits',
      })
      .default(''),
    accessNeeds: Paragraphs(2000, 'Access needs').default(''),
    places: z.number().int().min(1).max(MAX_PLACES_PER_BOOKING),
    /** Hidden from people; a form filled in by a program fills it in. */
    website: z.string().max(200).default(''),
  })
  .strict()
  .refine((b) => b.email !== '' || b.phone !== '', {
    message: 'Please give an email address or a phone number, so we can tell you about changes',
    path: ['email'],
  });
export type BookingBody = z.infer<typeof BookingBody>;

export const BookingStatus = z.enum(['confirmed', 'waiting', 'cancelled']);
export type BookingStatus = z.infer<typeof BookingStatus>;

/** What the person who booked sees (by their secret link). */
export const OwnBooking = z.object({
  name: z.string(),
  places: z.number().int(),
  status: BookingStatus,
  /** Their place in the waiting list (1 is next), or null. */
  queuePosition: z.number().int().nullable(),
  /** Kept with an account (the booker asked, signed in, from this page). */
  keptWithAccount: z.boolean(),
  event: PublicEvent,
});
export type OwnBooking = z.infer<typeof OwnBooking>;

export const NewBooking = OwnBooking.extend({
  /** The secret of their booking page (shown once; only its hash is kept). */
  token: z.string(),
});
export type NewBooking = z.infer<typeof NewBooking>;

export const BookingToken = z.object({
  token: z
    .string()
    .min(20)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/),
});

/** What facilitators see of a booking. */
export const EventBooking = z.object({
  id: Id,
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  /** Null when the viewer may not see them, or they were removed after the event. */
  accessNeeds: z.string().nullable(),
  places: z.number().int(),
  status: BookingStatus,
  queuePosition: z.number().int().nullable(),
  bookedAt: z.string(),
  attended: z.boolean(),
  /** The booking is linked to a member's account. */
  linked: z.boolean(),
  /** The booker asked to be erased: their name, contact and access needs are gone. */
  erased: z.boolean(),
});
export type EventBooking = z.infer<typeof EventBooking>;

/** The words a booking shows in place of the name of a booker whose details were erased. */
export const ERASED_BOOKER_NAME = 'Erased booker';

/** One booking's data, as a file, for a facilitator answering the booker's access request. */
export const BookingData = z.object({
  madeAt: z.string(),
  event: z.object({ id: Id, title: z.string(), startsAt: z.string(), place: z.string() }),
  booking: z.object({
    id: Id,
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    accessNeeds: z.string().nullable(),
    places: z.number().int(),
    status: BookingStatus,
    bookedAt: z.string(),
    movedUpAt: z.string().nullable(),
    cancelledAt: z.string().nullable(),
    attendedAt: z.string().nullable(),
  }),
});
export type BookingData = z.infer<typeof BookingData>;

/** What facilitators see of their event: also its workspace. */
export const EventBookings = z.object({
  event: PublicEvent.extend({ workspaceId: Id }),
  bookings: z.array(EventBooking),
});
export type EventBookings = z.infer<typeof EventBookings>;

export const EventParams = z.object({ eventId: Id });
export const EventBookingParams = z.object({ eventId: Id, bookingId: Id });
export const MeetingEventParams = z.object({ meetingId: Id });
export const WorkspaceEventsParams = z.object({ workspaceId: Id });
export const AttendanceBody = z.object({ attended: z.boolean() }).strict();
export const MoveBookingBody = z.object({ toEventId: Id }).strict();

/** Taking an event down: the message every booker is sent. */
export const CancelEventBody = z
  .object({
    message: Paragraphs(2000, 'The message').pipe(
      z.string().min(1, 'Please write a message to the people who booked'),
    ),
  })
  .strict();
export type CancelEventBody = z.infer<typeof CancelEventBody>;

/** Taking new bookings (true) or not (false). */
export const BookingsOpenBody = z.object({ open: z.boolean() }).strict();

/** Told to facilitators' pages over /meeting when an event's bookings change. */
export const BOOKINGS_CHANGED = 'bookings:changed';
