// For facilitators, under the bookings: stop taking bookings (the event stands) or take them
// again, and take the event down, with a kind message to everyone who booked that they can edit.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { PublicEvent } from '@roundtable/shared/protocol/events';
import { queryKeys } from '../../app/query-keys.ts';
import { Button, ConfirmDialog, useAnnouncer } from '../../ui/index.ts';
import { cancelEvent, setBookingsOpen } from './api.ts';

const kindMessage = (title: string) =>
  `We are very sorry, but ${title} is not going to happen. We know you were looking forward to it. ` +
  'If we plan it again, we will let you know. Thank you for booking.';

export function EventTakeDown({ event }: { event: PublicEvent }) {
  const queryClient = useQueryClient();
  const { announce } = useAnnouncer();
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState(() => kindMessage(event.title));
  const [problem, setProblem] = useState<string | null>(null);

  if (event.state === 'cancelled') {
    return (
      <section className="rt-card rt-event-cancelled" aria-labelledby="event-down-heading">
        <h2 id="event-down-heading">This event is cancelled</h2>
        <p>
          Everyone who booked was told by email (if they gave an email address). Please phone the
          others.
        </p>
        {event.cancelMessage ? <p className="rt-event-text">{event.cancelMessage}</p> : null}
      </section>
    );
  }
  const toggle = async () => {
    const open = event.state === 'closed';
    const answer = await setBookingsOpen(event.id, open);
    if (!answer.ok) return setProblem(answer.problem.message);
    setProblem(null);
    queryClient.setQueryData(queryKeys.eventBookings(event.id), answer);
    announce(open ? 'The event takes bookings again.' : 'The event takes no new bookings now.');
  };
  const takeDown = async (): Promise<string | null> => {
    const answer = await cancelEvent(event.id, message);
    if (!answer.ok) return answer.problem.message;
    queryClient.setQueryData(queryKeys.eventBookings(event.id), answer);
    setAsking(false);
    announce('The event is cancelled. Everyone who booked is told.');
    return null;
  };
  return (
    <section className="rt-card" aria-labelledby="event-down-heading">
      <h2 id="event-down-heading">Stop bookings or cancel the event</h2>
      <p>
        {event.state === 'closed'
          ? 'The event is not taking new bookings. The people who booked keep their places.'
          : 'To stop new bookings but keep the event and the people who booked, press Stop taking bookings.'}
      </p>
      {problem ? (
        <p className="rt-form-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="rt-event-row-actions">
        <Button onClick={() => void toggle()}>
          {event.state === 'closed' ? 'Take bookings again' : 'Stop taking bookings'}
        </Button>
        <Button variant="danger" onClick={() => setAsking(true)}>
          Cancel the event
        </Button>
      </div>
      <ConfirmDialog
        open={asking}
        title={`Cancel ${event.title}?`}
        description="Everyone who booked, with a place or waiting, is told by email with your message. The public page will say the event is cancelled. You cannot undo this."
        confirmLabel="Cancel the event and tell everyone"
        variant="danger"
        onConfirm={takeDown}
        onClose={() => setAsking(false)}
      >
        <div className="rt-field">
          <label className="rt-field__label" htmlFor="event-cancel-message">
            Your message to the people who booked
          </label>
          <textarea
            id="event-cancel-message"
            className="rt-field__input rt-event-textarea"
            rows={5}
            maxLength={2000}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
          />
        </div>
      </ConfirmDialog>
    </section>
  );
}
