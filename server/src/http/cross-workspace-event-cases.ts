// Cross-workspace cases for public events: running another workspace's event or its bookings,
// and a booking of B reached through A's event, or moved between the two.
import type { RestCase } from './cross-workspace-ids.ts';

const eventBody = {
  title: 'Open day',
  startsAt: '2031-01-01T10:00:00Z',
  endsAt: '2031-01-01T12:00:00Z',
  place: 'Town Hall',
  venue: { stepFree: true, hearingLoop: false, quietRoom: false, parking: false, other: '' },
  whatToExpect: '',
  capacity: 5,
};

export const eventCases: Record<string, RestCase[]> = {
  'GET /api/meetings/{meetingId}/public-event': [
    {
      what: 'read B’s public event',
      request: (_a, b) => ['GET', `/api/meetings/${b.meeting}/public-event`],
    },
  ],
  'PUT /api/meetings/{meetingId}/public-event': [
    {
      what: 'change B’s public event',
      request: (_a, b) => ['PUT', `/api/meetings/${b.meeting}/public-event`, eventBody],
    },
  ],
  'POST /api/events/{eventId}/cancel': [
    {
      what: 'cancel B’s public event',
      request: (_a, b) => ['POST', `/api/events/${b.event}/cancel`, { message: 'Sorry.' }],
    },
  ],
  'PUT /api/events/{eventId}/bookings-open': [
    {
      what: 'stop the bookings of B’s event',
      request: (_a, b) => ['PUT', `/api/events/${b.event}/bookings-open`, { open: false }],
    },
  ],
  'GET /api/events/{eventId}/bookings': [
    { what: 'list B’s bookings', request: (_a, b) => ['GET', `/api/events/${b.event}/bookings`] },
  ],
  'POST /api/events/{eventId}/bookings/{bookingId}/cancel': [
    {
      what: 'cancel a booking of B',
      request: (_a, b) => ['POST', `/api/events/${b.event}/bookings/${b.booking}/cancel`],
    },
    {
      what: 'cancel a booking of B through A’s event',
      mixed: true,
      request: (a, b) => ['POST', `/api/events/${a.event}/bookings/${b.booking}/cancel`],
    },
  ],
  'POST /api/events/{eventId}/bookings/{bookingId}/move': [
    {
      what: 'move a booking of B to A’s event',
      request: (a, b) => [
        'POST',
        `/api/events/${b.event}/bookings/${b.booking}/move`,
        { toEventId: a.event },
      ],
    },
    {
      what: 'move a booking of A onto B’s event',
      mixed: true,
      request: (a, b) => [
        'POST',
        `/api/events/${a.event}/bookings/${a.booking}/move`,
        { toEventId: b.event },
      ],
    },
  ],
  'PUT /api/events/{eventId}/bookings/{bookingId}/attendance': [
    {
      what: 'mark a booking of B as here',
      request: (_a, b) => [
        'PUT',
        `/api/events/${b.event}/bookings/${b.booking}/attendance`,
        { attended: true },
      ],
    },
    {
      what: 'mark a booking of B as here through A’s event',
      mixed: true,
      request: (a, b) => [
        'PUT',
        `/api/events/${a.event}/bookings/${b.booking}/attendance`,
        { attended: true },
      ],
    },
  ],
  'POST /api/events/{eventId}/bookings/{bookingId}/erasure': [
    {
      what: 'erase the details of a booker of B',
      request: (_a, b) => ['POST', `/api/events/${b.event}/bookings/${b.booking}/erasure`],
    },
    {
      what: 'erase the details of a booker of B through A’s event',
      mixed: true,
      request: (a, b) => ['POST', `/api/events/${a.event}/bookings/${b.booking}/erasure`],
    },
  ],
  'GET /api/events/{eventId}/bookings/{bookingId}/data': [
    {
      what: 'download the data of a booking of B',
      request: (_a, b) => ['GET', `/api/events/${b.event}/bookings/${b.booking}/data`],
    },
    {
      what: 'download the data of a booking of B through A’s event',
      mixed: true,
      request: (a, b) => ['GET', `/api/events/${a.event}/bookings/${b.booking}/data`],
    },
  ],
};
