// On the public event's settings: says plainly when the meeting's time or place is not the public
// event's (the people who booked see only the event's), and what saving a new one does.
import type { MeetingEvent } from '@roundtable/shared/protocol/events';
import { startWords, whenWords } from './words.ts';

export function MeetingDiffers({ data }: { data: MeetingEvent }) {
  const { event, meeting } = data;
  if (!event || event.state === 'cancelled') return null;
  const sameStart = Date.parse(meeting.startsAt) === Date.parse(event.startsAt);
  const samePlace = meeting.place === '' || meeting.place === event.place;
  if (sameStart && samePlace) return null;
  return (
    <div className="rt-card rt-event-differs" role="note" aria-labelledby="event-differs-heading">
      <h2 id="event-differs-heading">The meeting and the public event differ</h2>
      <ul>
        {sameStart ? null : (
          <li>
            The meeting starts {startWords(meeting.startsAt)}. The public event says{' '}
            {whenWords(event)}.
          </li>
        )}
        {samePlace ? null : (
          <li>
            The meeting is at {meeting.place}. The public event says {event.place}.
          </li>
        )}
      </ul>
      <p>
        People who booked see only the public event. If the public event should change, change it
        below and press Save: everyone who booked gets an email saying what changed, with a new
        calendar file.
      </p>
    </div>
  );
}
