// /events/:eventId: a public event anyone can read without signing in, and book.
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { queryKeys } from '../../app/query-keys.ts';
import { usePageTitle } from '../../ui/index.ts';
import { readEvent } from './api.ts';
import { BookingForm } from './BookingForm.tsx';
import { EventDetails } from './EventDetails.tsx';
import { spaceWords } from './words.ts';
import './events.css';

export function EventPage() {
  const { eventId = '' } = useParams();
  const { data: result } = useQuery({
    queryKey: queryKeys.publicEvent(eventId),
    queryFn: () => readEvent(eventId),
  });
  const event = result?.ok ? result.data : null;
  usePageTitle(event ? event.title : 'Event');
  const over = event ? Date.parse(event.endsAt) < Date.now() : false;

  return (
    <div className="rt-page rt-narrow rt-event-page">
      <h1 className="rt-page-title" tabIndex={-1}>
        {event ? event.title : 'Event'}
      </h1>
      {!result ? <p className="rt-muted">Loading…</p> : null}
      {result && !result.ok ? (
        <p className="rt-card rt-problem" role="alert">
          {result.problem.status === 404
            ? 'We cannot find this event. The link may be wrong, or the event was removed.'
            : result.problem.message}
        </p>
      ) : null}
      {event ? (
        <>
          <EventDetails event={event} />
          <h2>Places</h2>
          <p className="rt-event-space">{over ? 'This event has happened.' : spaceWords(event)}</p>
          {over ? null : <BookingForm event={event} />}
        </>
      ) : null}
    </div>
  );
}
