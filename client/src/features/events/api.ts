// The REST calls behind public events: the public's, and the facilitators'.
import type {
  BookingBody,
  EventBookings,
  MeetingEvent,
  NewBooking,
  OwnBooking,
  PublicEvent,
  PublicEventBody,
} from '@roundtable/shared/protocol/events';
import * as routes from '@roundtable/shared/protocol/routes';
import { call, pathOf, type ApiResult } from '../../app/http.ts';

export const readEvent = (eventId: string): Promise<ApiResult<PublicEvent>> =>
  call(routes.getPublicEvent, { params: { eventId } });

export const bookEvent = (
  eventId: string,
  body: Omit<BookingBody, 'website'> & { website: string },
): Promise<ApiResult<NewBooking>> => call(routes.bookEvent, { params: { eventId }, body });

export const readOwnBooking = (token: string): Promise<ApiResult<OwnBooking>> =>
  call(routes.getOwnBooking, { params: { token } });

export const cancelOwnBooking = (token: string): Promise<ApiResult<OwnBooking>> =>
  call(routes.cancelOwnBooking, { params: { token } });

export const keepBookingWithAccount = (token: string): Promise<ApiResult<OwnBooking>> =>
  call(routes.keepBookingWithAccount, { params: { token } });

export const calendarHref = (token: string): string =>
  pathOf(routes.downloadBookingCalendar, { params: { token } });

export const readMeetingEvent = (meetingId: string): Promise<ApiResult<MeetingEvent>> =>
  call(routes.getMeetingEvent, { params: { meetingId } });

export const saveMeetingEvent = (
  meetingId: string,
  body: PublicEventBody,
): Promise<ApiResult<MeetingEvent>> =>
  call(routes.saveMeetingEvent, { params: { meetingId }, body });

export const readBookings = (eventId: string): Promise<ApiResult<EventBookings>> =>
  call(routes.listEventBookings, { params: { eventId } });

export const cancelBooking = (eventId: string, bookingId: string) =>
  call(routes.cancelEventBooking, { params: { eventId, bookingId } });

export const eraseBooking = (eventId: string, bookingId: string) =>
  call(routes.eraseEventBooking, { params: { eventId, bookingId } });

/** The address of one booking's data as a file (the session cookie goes with it). */
export const bookingDataUrl = (eventId: string, bookingId: string): string =>
  pathOf(routes.downloadEventBookingData, { params: { eventId, bookingId } });

export const moveBooking = (eventId: string, bookingId: string, toEventId: string) =>
  call(routes.moveEventBooking, { params: { eventId, bookingId }, body: { toEventId } });

export const markAttendance = (eventId: string, bookingId: string, attended: boolean) =>
  call(routes.markEventAttendance, { params: { eventId, bookingId }, body: { attended } });

export const cancelEvent = (eventId: string, message: string) =>
  call(routes.cancelPublicEvent, { params: { eventId }, body: { message } });

export const setBookingsOpen = (eventId: string, open: boolean) =>
  call(routes.setEventBookingsOpen, { params: { eventId }, body: { open } });
