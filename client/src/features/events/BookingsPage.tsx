// /events/:eventId/bookings (facilitators): who booked, how many places, how to reach them, their
// access needs, and the waiting list in order; updated live. A booking can be cancelled (the
// waiting list moves up) or moved to another public event of the workspace; when the booker asks,
// their booking's data downloads, or their details are erased.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { EventBooking } from '@roundtable/shared/protocol/events';
import { queryKeys } from '../../app/query-keys.ts';
import { Button, ConfirmDialog, VisuallyHidden, usePageTitle } from '../../ui/index.ts';
import { cancelBooking } from './api.ts';
import { BookingRequests } from './BookingRequests.tsx';
import { EventLinks } from './EventLinks.tsx';
import { EventTakeDown } from './EventTakeDown.tsx';
import { MoveBooking } from './MoveBooking.tsx';
import { useEventBookings } from './useEventBookings.ts';
import { placesWords, spaceWords, whenWords } from './words.ts';
import './events.css';

const statusWords = (b: EventBooking) =>
  b.status === 'confirmed'
    ? 'Has a place'
    : b.status === 'waiting'
      ? `Waiting list, number ${b.queuePosition ?? ''}`
      : 'Cancelled';

interface RowPlace {
  eventId: string;
  workspaceId: string;
  /** The event is over. */
  ended: boolean;
}

function BookingRow({
  booking,
  eventId,
  workspaceId,
  ended,
}: RowPlace & { booking: EventBooking }) {
  const queryClient = useQueryClient();
  const [cancelling, setCancelling] = useState(false);
  const cancel = async () => {
    const answer = await cancelBooking(eventId, booking.id);
    if (!answer.ok) return answer.problem.message;
    queryClient.setQueryData(queryKeys.eventBookings(eventId), answer);
    setCancelling(false);
    return null;
  };
  return (
    <tr>
      <th scope="row">
        {booking.erased ? (
          <em>Details erased at their request</em>
        ) : (
          booking.name || <em>Removed after the event</em>
        )}
      </th>
      <td>{placesWords(booking.places)}</td>
      <td>
        {statusWords(booking)}
        {booking.attended ? ', came' : ''}
      </td>
      <td>
        {booking.email ? (
          <div>
            <a href={`mailto:${booking.email}`}>{booking.email}</a>
          </div>
        ) : null}
        {booking.phone ? (
          <div>
            <a href={`tel:${booking.phone}`}>{booking.phone}</a>
          </div>
        ) : null}
      </td>
      <td className="rt-event-needs">{booking.accessNeeds ?? ''}</td>
      <td>
        <div className="rt-event-row-actions">
          {booking.status !== 'cancelled' ? (
            <>
              <Button variant="danger" onClick={() => setCancelling(true)}>
                Cancel<VisuallyHidden> the booking of {booking.name}</VisuallyHidden>
              </Button>
              <MoveBooking booking={booking} eventId={eventId} workspaceId={workspaceId} />
              <ConfirmDialog
                open={cancelling}
                title={`Cancel the booking of ${booking.name}?`}
                description="Their places go to the next people on the waiting list. Please tell them you cancelled it."
                confirmLabel="Cancel the booking"
                variant="danger"
                onConfirm={cancel}
                onClose={() => setCancelling(false)}
              />
            </>
          ) : null}
          <BookingRequests booking={booking} eventId={eventId} ended={ended} />
        </div>
      </td>
    </tr>
  );
}

export function BookingsPage() {
  const { eventId = '' } = useParams();
  const { data: result } = useEventBookings(eventId);
  const data = result?.ok ? result.data : null;
  usePageTitle(data ? `Bookings: ${data.event.title}` : 'Bookings');
  const active = data?.bookings.filter((b) => b.status !== 'cancelled') ?? [];
  const cancelled = data?.bookings.filter((b) => b.status === 'cancelled') ?? [];
  const ended = data ? Date.parse(data.event.endsAt) <= Date.now() : false;
  const taken = active.filter((b) => b.status === 'confirmed').reduce((s, b) => s + b.places, 0);

  return (
    <div className="rt-page rt-event-bookings">
      <h1 className="rt-page-title" tabIndex={-1}>
        Bookings{data ? `: ${data.event.title}` : ''}
      </h1>
      {result && !result.ok ? (
        <p className="rt-card rt-problem" role="alert">
          {result.problem.message}
        </p>
      ) : null}
      {data ? (
        <>
          <p className="rt-lead">
            {whenWords(data.event)}, {data.event.place}.{' '}
            {data.event.state === 'cancelled'
              ? 'This event is cancelled.'
              : `${taken} of ${data.event.capacity} places booked. ${spaceWords(data.event)}`}
          </p>
          <EventLinks eventId={eventId} title={data.event.title} />
          <p className="rt-muted">
            This list changes by itself when someone books or cancels. Access needs are kept only
            for the people running the event, and removed after it.
          </p>
          <BookingTable
            caption="Bookings and waiting list, first come first served"
            bookings={active}
            eventId={eventId}
            workspaceId={data.event.workspaceId}
            ended={ended}
          />
          {cancelled.length > 0 ? (
            <BookingTable
              caption="Cancelled"
              bookings={cancelled}
              eventId={eventId}
              workspaceId={data.event.workspaceId}
              ended={ended}
            />
          ) : null}
          <EventTakeDown event={data.event} />
          <p>
            <Link to={`/workspaces/${data.event.workspaceId}/meetings`}>Back to the meetings</Link>
          </p>
        </>
      ) : null}
    </div>
  );
}

function BookingTable({
  caption,
  bookings,
  ...place
}: RowPlace & {
  caption: string;
  bookings: EventBooking[];
}) {
  if (bookings.length === 0) return <p className="rt-empty">Nobody has booked yet.</p>;
  return (
    <div className="rt-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="rt-event-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Places</th>
            <th scope="col">Booking</th>
            <th scope="col">How to reach them</th>
            <th scope="col">Access needs</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {bookings.map((b) => (
            <BookingRow key={b.id} booking={b} {...place} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
