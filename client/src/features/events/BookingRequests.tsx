// What a facilitator does when someone who booked asks for their data or to be erased (they
// often have no account): download the booking's data as a file to send them, or erase their
// details after a confirm that says plainly what happens.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { EventBooking } from '@roundtable/shared/protocol/events';
import { queryKeys } from '../../app/query-keys.ts';
import { Button, ConfirmDialog, VisuallyHidden } from '../../ui/index.ts';
import { bookingDataUrl, eraseBooking } from './api.ts';

const eraseWords = (booking: EventBooking, ended: boolean) =>
  [
    booking.status === 'cancelled' || ended
      ? ''
      : 'Their booking is cancelled first, and their places go to the next people on the waiting list.',
    'Their name, email address, phone number and access needs are deleted, and their own booking link stops working.',
    'The list keeps only how many places they booked. This cannot be undone.',
  ]
    .filter(Boolean)
    .join(' ');

export function BookingRequests({
  booking,
  eventId,
  ended,
}: {
  booking: EventBooking;
  eventId: string;
  /** The event is over: erasing does not cancel the booking. */
  ended: boolean;
}) {
  const queryClient = useQueryClient();
  const [erasing, setErasing] = useState(false);
  if (booking.erased || !booking.name) return null;
  const erase = async () => {
    const answer = await eraseBooking(eventId, booking.id);
    if (!answer.ok) return answer.problem.message;
    queryClient.setQueryData(queryKeys.eventBookings(eventId), answer);
    setErasing(false);
    return null;
  };
  return (
    <>
      <a
        className="rt-button rt-button--secondary"
        href={bookingDataUrl(eventId, booking.id)}
        download
      >
        Download this booking’s data<VisuallyHidden> ({booking.name})</VisuallyHidden>
      </a>
      <Button variant="danger" onClick={() => setErasing(true)}>
        Erase this person’s details<VisuallyHidden> ({booking.name})</VisuallyHidden>
      </Button>
      <ConfirmDialog
        open={erasing}
        title={`Erase the details of ${booking.name}?`}
        description={eraseWords(booking, ended)}
        confirmLabel="Erase their details"
        variant="danger"
        onConfirm={erase}
        onClose={() => setErasing(false)}
      />
    </>
  );
}
