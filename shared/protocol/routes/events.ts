// Routes for public events (issue 14). Anyone, without signing in, reads an event, a workspace's
// coming events, books a place, and reaches their own booking by the secret in its link.
// Facilitators make a meeting public and run its bookings.
import { ErrorBody } from '../errors.ts';
import {
  AttendanceBody,
  BookingBody,
  BookingData,
  BookingsOpenBody,
  CancelEventBody,
  BookingToken,
  EventBookingParams,
  EventBookings,
  EventParams,
  MeetingEvent,
  MeetingEventParams,
  MoveBookingBody,
  NewBooking,
  OwnBooking,
  PublicEvent,
  PublicEventBody,
  UpcomingEvents,
  WorkspaceEventsParams,
} from '../events.ts';
import { route } from './spec.ts';

const notFound = { 404: { description: 'No such event or booking', schema: ErrorBody } };
const facilitatorsOnly = {
  401: { description: 'Not signed in', schema: ErrorBody },
  403: { description: 'Not a facilitator of the workspace', schema: ErrorBody },
  ...notFound,
};

export const getPublicEvent = route({
  method: 'get',
  path: '/api/public/events/:eventId',
  tag: 'events',
  summary: 'Read a public event, with the places left (public)',
  params: EventParams,
  responses: { 200: { description: 'The event', schema: PublicEvent }, ...notFound },
});

export const listUpcomingEvents = route({
  method: 'get',
  path: '/api/public/workspaces/:workspaceId/events',
  tag: 'events',
  summary:
    'A workspace’s public events that have not ended, soonest first (public, while its public page is on)',
  params: WorkspaceEventsParams,
  responses: {
    200: { description: 'The events', schema: UpcomingEvents },
    404: { description: 'No such workspace, or its public page is off', schema: ErrorBody },
  },
});

export const bookEvent = route({
  method: 'post',
  path: '/api/public/events/:eventId/bookings',
  tag: 'events',
  summary: 'Book places, or join the waiting list when the event is full (public)',
  params: EventParams,
  body: BookingBody,
  responses: {
    201: { description: 'The booking, with the secret of its own page', schema: NewBooking },
    400: { description: 'Something is missing or too long', schema: ErrorBody },
    409: {
      description: 'The event has happened, is cancelled, or takes no bookings',
      schema: ErrorBody,
    },
    429: { description: 'Too many bookings from this address', schema: ErrorBody },
    ...notFound,
  },
});

export const getOwnBooking = route({
  method: 'get',
  path: '/api/public/bookings/:token',
  tag: 'events',
  summary: 'Read one’s own booking by the secret in its link (public)',
  params: BookingToken,
  responses: { 200: { description: 'The booking', schema: OwnBooking }, ...notFound },
});

export const cancelOwnBooking = route({
  method: 'post',
  path: '/api/public/bookings/:token/cancel',
  tag: 'events',
  summary: 'Cancel one’s own booking; the waiting list moves up (public)',
  params: BookingToken,
  responses: { 200: { description: 'The booking, cancelled', schema: OwnBooking }, ...notFound },
});

export const keepBookingWithAccount = route({
  method: 'post',
  path: '/api/public/bookings/:token/link',
  tag: 'events',
  summary: 'Keep one’s own booking with the account of the person signed in (signed in)',
  params: BookingToken,
  responses: {
    200: { description: 'The booking, kept with the account', schema: OwnBooking },
    401: { description: 'Not signed in', schema: ErrorBody },
    409: { description: 'Kept with another account already', schema: ErrorBody },
    ...notFound,
  },
});

export const downloadBookingCalendar = route({
  method: 'get',
  path: '/api/public/bookings/:token/calendar',
  tag: 'events',
  summary: 'The booking’s calendar file (text/calendar, RFC 5545) (public)',
  params: BookingToken,
  responses: { 200: { description: 'An .ics file' }, ...notFound },
});

export const getMeetingEvent = route({
  method: 'get',
  path: '/api/meetings/:meetingId/public-event',
  tag: 'events',
  summary: 'The meeting’s public event, or null (facilitators)',
  params: MeetingEventParams,
  responses: { 200: { description: 'The event', schema: MeetingEvent }, ...facilitatorsOnly },
});

export const saveMeetingEvent = route({
  method: 'put',
  path: '/api/meetings/:meetingId/public-event',
  tag: 'events',
  summary: 'Make the meeting a public event, or change it (facilitators)',
  params: MeetingEventParams,
  body: PublicEventBody,
  responses: {
    200: { description: 'The event', schema: MeetingEvent },
    400: { description: 'Something is missing or wrong', schema: ErrorBody },
    ...facilitatorsOnly,
  },
});

export const listEventBookings = route({
  method: 'get',
  path: '/api/events/:eventId/bookings',
  tag: 'events',
  summary: 'The event’s bookings and waiting list, with access needs (facilitators)',
  params: EventParams,
  responses: { 200: { description: 'The bookings', schema: EventBookings }, ...facilitatorsOnly },
});

export const cancelEventBooking = route({
  method: 'post',
  path: '/api/events/:eventId/bookings/:bookingId/cancel',
  tag: 'events',
  summary: 'Cancel a booking; the waiting list moves up (facilitators)',
  params: EventBookingParams,
  responses: { 200: { description: 'The bookings', schema: EventBookings }, ...facilitatorsOnly },
});

export const eraseEventBooking = route({
  method: 'post',
  path: '/api/events/:eventId/bookings/:bookingId/erasure',
  tag: 'events',
  summary:
    'Erase the booker’s details at their request: a standing booking is cancelled first and the waiting list moves up (facilitators)',
  params: EventBookingParams,
  responses: {
    200: { description: 'The bookings', schema: EventBookings },
    409: { description: 'The details are already erased or removed', schema: ErrorBody },
    ...facilitatorsOnly,
  },
});

export const downloadEventBookingData = route({
  method: 'get',
  path: '/api/events/:eventId/bookings/:bookingId/data',
  tag: 'events',
  summary:
    'One booking’s data as a JSON file, to answer the booker’s access request (facilitators)',
  params: EventBookingParams,
  responses: { 200: { description: 'A .json file', schema: BookingData }, ...facilitatorsOnly },
});

export const moveEventBooking = route({
  method: 'post',
  path: '/api/events/:eventId/bookings/:bookingId/move',
  tag: 'events',
  summary: 'Move a booking to another public event of the workspace (facilitators)',
  params: EventBookingParams,
  body: MoveBookingBody,
  responses: {
    200: { description: 'The first event’s bookings', schema: EventBookings },
    409: { description: 'Cancelled, or already for that event', schema: ErrorBody },
    ...facilitatorsOnly,
  },
});

export const markEventAttendance = route({
  method: 'put',
  path: '/api/events/:eventId/bookings/:bookingId/attendance',
  tag: 'events',
  summary: 'Mark whether the person came (facilitators)',
  params: EventBookingParams,
  body: AttendanceBody,
  responses: { 200: { description: 'The bookings', schema: EventBookings }, ...facilitatorsOnly },
});

export const cancelPublicEvent = route({
  method: 'post',
  path: '/api/events/:eventId/cancel',
  tag: 'events',
  summary:
    'Take the event down: every booking is cancelled and told, with the message (facilitators)',
  params: EventParams,
  body: CancelEventBody,
  responses: {
    200: { description: 'The event’s bookings, all cancelled', schema: EventBookings },
    400: { description: 'The message is missing or too long', schema: ErrorBody },
    409: { description: 'Already cancelled', schema: ErrorBody },
    ...facilitatorsOnly,
  },
});

export const setEventBookingsOpen = route({
  method: 'put',
  path: '/api/events/:eventId/bookings-open',
  tag: 'events',
  summary: 'Stop taking new bookings (the event stands), or start again (facilitators)',
  params: EventParams,
  body: BookingsOpenBody,
  responses: {
    200: { description: 'The bookings', schema: EventBookings },
    409: { description: 'The event is cancelled', schema: ErrorBody },
    ...facilitatorsOnly,
  },
});
