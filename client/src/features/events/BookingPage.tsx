// /bookings/:token: the booker's own page, from the link in their confirmation. It says plainly
// whether they have a place or where they are on the waiting list, offers the calendar file, and
// cancels only when they press the button (opening the link never cancels).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { OwnBooking } from '@roundtable/shared/protocol/events';
import { queryKeys } from '../../app/query-keys.ts';
import { Button, ConfirmDialog, usePageTitle } from '../../ui/index.ts';
import { calendarHref, cancelOwnBooking, readOwnBooking } from './api.ts';
import { EventCancelled, EventDetails } from './EventDetails.tsx';
import { KeepWithAccount } from './KeepWithAccount.tsx';
import { placesWords } from './words.ts';
import './events.css';

function statusWords(booking: OwnBooking): { title: string; lines: string[] } {
  const places = placesWords(booking.places);
  if (booking.event.state === 'cancelled') {
    return {
      title: 'This event is cancelled',
      lines: [
        'The event will not happen, so your booking is cancelled. You do not need to do anything.',
      ],
    };
  }
  switch (booking.status) {
    case 'confirmed':
      return { title: 'You have a place', lines: [`You have booked ${places}, ${booking.name}.`] };
    case 'waiting':
      return {
        title: 'You are on the waiting list',
        lines: [
          `The event is full, so you are on the waiting list for ${places}.`,
          `You are number ${booking.queuePosition ?? 1} on the list. If someone cancels, you move up by yourself, and we tell you.`,
        ],
      };
    case 'cancelled':
      return {
        title: 'Your booking is cancelled',
        lines: ['You do not have a place at this event any more.'],
      };
  }
}

export function BookingPage() {
  const { token = '' } = useParams();
  const location = useLocation();
  const justBooked = (location.state as { justBooked?: boolean } | null)?.justBooked === true;
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const { data: result } = useQuery({
    queryKey: queryKeys.ownBooking(token),
    queryFn: () => readOwnBooking(token),
    refetchInterval: 60_000,
  });
  const booking = result?.ok ? result.data : null;
  const words = booking ? statusWords(booking) : null;
  usePageTitle(words ? words.title : 'Your booking');

  const cancel = async (): Promise<string | null> => {
    const answer = await cancelOwnBooking(token);
    if (!answer.ok) return answer.problem.message;
    queryClient.setQueryData(queryKeys.ownBooking(token), answer);
    setAsking(false);
    return null;
  };

  return (
    <div className="rt-page rt-narrow rt-event-page">
      <h1 className="rt-page-title" tabIndex={-1}>
        {words ? words.title : 'Your booking'}
      </h1>
      {!result ? <p className="rt-muted">Loading…</p> : null}
      {result && !result.ok ? (
        <p className="rt-card rt-problem" role="alert">
          {result.problem.message}
        </p>
      ) : null}
      {booking && words ? (
        <>
          <div
            className={`rt-card rt-booking-status rt-booking-status--${booking.status}`}
            role="status"
          >
            {justBooked ? (
              <p>
                <strong>Thank you. We have your booking.</strong>
              </p>
            ) : null}
            {words.lines.map((line) => (
              <p key={line}>{line}</p>
            ))}
            <p>
              Keep this page: its address is your link to see or cancel your booking. If you gave an
              email address, we sent you the link too.
            </p>
          </div>
          <KeepWithAccount token={token} booking={booking} />
          <h2>{booking.event.title}</h2>
          {booking.event.state === 'cancelled' ? <EventCancelled event={booking.event} /> : null}
          <EventDetails event={booking.event} />
          {booking.status === 'confirmed' ? (
            <p>
              <a className="rt-button" href={calendarHref(token)} download="event.ics">
                Add to my calendar (download the calendar file)
              </a>
            </p>
          ) : null}
          {booking.status !== 'cancelled' ? (
            <section aria-labelledby="cancel-heading" className="rt-card">
              <h2 id="cancel-heading">Cannot come?</h2>
              <p>
                If you cannot come, please cancel, so someone on the waiting list can have your
                place.
              </p>
              <Button variant="danger" onClick={() => setAsking(true)}>
                Cancel my booking
              </Button>
            </section>
          ) : booking.event.state === 'open' ? (
            <p>
              <Link to={`/events/${booking.event.id}`}>See the event, or book again</Link>
            </p>
          ) : null}
          <ConfirmDialog
            open={asking}
            title="Cancel your booking?"
            description={`Your ${placesWords(booking.places)} will go to the next person on the waiting list.`}
            confirmLabel="Yes, cancel my booking"
            variant="danger"
            onConfirm={cancel}
            onClose={() => setAsking(false)}
          />
        </>
      ) : null}
    </div>
  );
}
