// The ways into a public event for facilitators: its public page, bookings, sign-in sheet, door.
import { Link } from 'react-router';
import { VisuallyHidden } from '../../ui/index.ts';

export function EventLinks({ eventId, title }: { eventId: string; title: string }) {
  const base = `/events/${encodeURIComponent(eventId)}`;
  return (
    <nav className="rt-event-links" aria-label={`Public event: ${title}`}>
      <Link className="rt-button" to={base}>
        The public page<VisuallyHidden> of {title}</VisuallyHidden>
      </Link>
      <Link className="rt-button" to={`${base}/bookings`}>
        Bookings and waiting list
      </Link>
      <Link className="rt-button" to={`${base}/sign-in-sheet`}>
        Sign-in sheet to print
      </Link>
      <Link className="rt-button" to={`${base}/door`}>
        At the door
      </Link>
    </nav>
  );
}
