// REST for public events: the public's routes (reading, booking, one's own booking by its secret
// link, the calendar file) and the facilitators' (making a meeting public, running bookings).
import { Router } from 'express';
import * as routes from '@roundtable/shared/protocol/routes';
import type { RequestLimits } from '../limits/request-limits.ts';
import type { BookingDataRequests } from '../services/booking-data-requests.ts';
import type { EventBookingService } from '../services/event-bookings.ts';
import type { PublicEventService } from '../services/public-events.ts';
import { limitPublicForm } from './auth.ts';
import { attachmentHeader } from './download.ts';
import type { PublicAnswerCache } from './public-answer-cache.ts';
import type { RouteRegistry } from './route.ts';

export interface EventRoutesOptions {
  registry: RouteRegistry;
  publicEvents: PublicEventService;
  eventBookings: EventBookingService;
  bookingDataRequests: BookingDataRequests;
  limits: RequestLimits;
  publicAnswers: PublicAnswerCache;
}

export function eventRoutes(options: EventRoutesOptions): Router {
  const { registry, publicEvents, eventBookings, bookingDataRequests, publicAnswers } = options;
  const router = Router();
  // The secret of a booking's page must not travel on to other sites in a Referer header.
  router.use('/api/public/bookings', (_request, response, next) => {
    response.set('Referrer-Policy', 'no-referrer');
    next();
  });
  const limit = limitPublicForm(options.limits, 'booking');
  router.use('/api/public/events', (request, response, next) => {
    if (request.method === 'POST') void limit(request, response, next);
    else next();
  });
  registry.add(router, routes.getPublicEvent, ({ params }) =>
    publicAnswers.answer(`event ${params.eventId}`, () => publicEvents.read(params.eventId)),
  );
  registry.add(router, routes.listUpcomingEvents, async ({ auth, params }) => {
    const listed = async () => ({ events: await publicEvents.listed(auth, params.workspaceId) });
    // Its facilitators see the list even while the page is off: only the public's is shared.
    if (auth.actor.kind !== 'anonymous') return { status: 200, body: await listed() };
    return publicAnswers.answer(`upcoming events ${params.workspaceId}`, listed);
  });
  registry.add(router, routes.bookEvent, async ({ params, body }) => ({
    status: 201,
    body: await publicEvents.book(params.eventId, body),
  }));
  registry.add(router, routes.getOwnBooking, async ({ params }) => ({
    status: 200,
    body: await publicEvents.ownBooking(params.token),
  }));
  registry.add(router, routes.cancelOwnBooking, async ({ params }) => ({
    status: 200,
    body: await publicEvents.cancelOwn(params.token),
  }));
  registry.add(router, routes.keepBookingWithAccount, async ({ auth, params }) => ({
    status: 200,
    body: await publicEvents.keepWithAccount(auth, params.token),
  }));
  registry.add(router, routes.downloadBookingCalendar, async ({ params, response }) => {
    const file = await publicEvents.calendar(params.token);
    response
      .status(200)
      .setHeader('Content-Type', 'text/calendar; charset=utf-8')
      .setHeader('Content-Disposition', attachmentHeader(file.fileName))
      .send(file.text);
    return { status: 200, sent: true };
  });

  registry.add(router, routes.getMeetingEvent, async ({ auth, params }) => ({
    status: 200,
    body: await eventBookings.ofMeeting(auth, params.meetingId),
  }));
  registry.add(router, routes.saveMeetingEvent, async ({ auth, params, body }) => ({
    status: 200,
    body: await eventBookings.save(auth, params.meetingId, body),
  }));
  registry.add(router, routes.listEventBookings, async ({ auth, params }) => ({
    status: 200,
    body: await eventBookings.bookings(auth, params.eventId),
  }));
  registry.add(router, routes.cancelEventBooking, async ({ auth, params }) => ({
    status: 200,
    body: await eventBookings.cancel(auth, params.eventId, params.bookingId),
  }));
  registry.add(router, routes.eraseEventBooking, async ({ auth, params }) => ({
    status: 200,
    body: await bookingDataRequests.erase(auth, params.eventId, params.bookingId),
  }));
  registry.add(router, routes.downloadEventBookingData, async ({ auth, params, response }) => {
    const file = await bookingDataRequests.data(auth, params.eventId, params.bookingId);
    response
      .status(200)
      .setHeader('Content-Type', 'application/json; charset=utf-8')
      .setHeader('Content-Disposition', attachmentHeader(file.fileName))
      .setHeader('Cache-Control', 'no-store')
      .send(JSON.stringify(file.data, null, 2));
    return { status: 200, sent: true };
  });
  registry.add(router, routes.moveEventBooking, async ({ auth, params, body }) => ({
    status: 200,
    body: await eventBookings.move(auth, params.eventId, params.bookingId, body.toEventId),
  }));
  registry.add(router, routes.markEventAttendance, async ({ auth, params, body }) => ({
    status: 200,
    body: await eventBookings.setAttendance(auth, params.eventId, params.bookingId, body.attended),
  }));
  registry.add(router, routes.cancelPublicEvent, async ({ auth, params, body }) => ({
    status: 200,
    body: await eventBookings.cancelEvent(auth, params.eventId, body.message),
  }));
  registry.add(router, routes.setEventBookingsOpen, async ({ auth, params, body }) => ({
    status: 200,
    body: await eventBookings.setBookingsOpen(auth, params.eventId, body.open),
  }));
  return router;
}
