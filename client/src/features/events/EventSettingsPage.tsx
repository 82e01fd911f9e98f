// /meetings/:meetingId/public-event (facilitators): make the meeting a public event, or change it:
// title, when, where, the venue's access, what to expect and how many places.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { PublicEventBody, VenueAccess } from '@roundtable/shared/protocol/events';
import { queryKeys } from '../../app/query-keys.ts';
import {
  Button,
  Checkbox,
  TextField,
  useAnnouncer,
  usePageTitle,
  useSubmit,
} from '../../ui/index.ts';
import { readMeetingEvent, saveMeetingEvent } from './api.ts';
import { EventLinks } from './EventLinks.tsx';
import './events.css';

const pad = (n: number) => String(n).padStart(2, '0');
const localDate = (iso: string) => {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
const localTime = (iso: string) => {
  const d = new Date(iso);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
};
const NO_VENUE: VenueAccess = {
  stepFree: false,
  hearingLoop: false,
  quietRoom: false,
  parking: false,
  other: '',
};

export function EventSettingsPage() {
  const { meetingId = '' } = useParams();
  usePageTitle('Public event');
  const queryClient = useQueryClient();
  const { announce } = useAnnouncer();
  const { data: result } = useQuery({
    queryKey: queryKeys.meetingEvent(meetingId),
    queryFn: () => readMeetingEvent(meetingId),
  });
  const event = result?.ok ? result.data.event : null;
  const meeting = result?.ok ? result.data.meeting : null;
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [start, setStart] = useState('10:00');
  const [end, setEnd] = useState('12:00');
  const [place, setPlace] = useState('');
  const [venue, setVenue] = useState<VenueAccess>(NO_VENUE);
  const [whatToExpect, setWhatToExpect] = useState('');
  const [capacity, setCapacity] = useState('30');
  const submit = useSubmit<{ field?: string; message: string }>();
  // A new public event starts from the meeting: its title, day, time and place.
  const filled = useRef<string | null>(null);
  useEffect(() => {
    if (event || !meeting || filled.current === 'meeting') return;
    filled.current = 'meeting';
    setTitle(meeting.title);
    setDate(localDate(meeting.startsAt));
    setStart(localTime(meeting.startsAt));
    setEnd(localTime(new Date(Date.parse(meeting.startsAt) + 2 * 3600_000).toISOString()));
    setPlace(meeting.place);
  }, [event, meeting]);
  useEffect(() => {
    if (!event || filled.current === event.id) return;
    filled.current = event.id;
    setTitle(event.title);
    setDate(localDate(event.startsAt));
    setStart(localTime(event.startsAt));
    setEnd(localTime(event.endsAt));
    setPlace(event.place);
    setVenue(event.venue);
    setWhatToExpect(event.whatToExpect);
    setCapacity(String(event.capacity));
  }, [event]);
  const errorOf = (field: string) => (submit.error?.field === field ? submit.error.message : null);

  const save = async () => {
    const startsAt = new Date(`${date}T${start}`);
    const endsAt = new Date(`${date}T${end}`);
    if (!date || Number.isNaN(startsAt.getTime()))
      return submit.setError({
        field: 'startsAt',
        message: 'Please choose the date and the time it starts.',
      });
    if (Number.isNaN(endsAt.getTime()) || endsAt <= startsAt)
      return submit.setError({
        field: 'endsAt',
        message: 'Please choose a time it ends, after it starts.',
      });
    const body: PublicEventBody = {
      title,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      place,
      venue,
      whatToExpect,
      capacity: Number(capacity),
    };
    const answer = await saveMeetingEvent(meetingId, body);
    if (!answer.ok) {
      submit.setError({
        ...(answer.problem.field ? { field: answer.problem.field } : {}),
        message: answer.problem.message,
      });
      return;
    }
    submit.setError(null);
    queryClient.setQueryData(queryKeys.meetingEvent(meetingId), answer);
    announce(event ? 'The public event is saved.' : 'The meeting is now a public event.');
  };
  const tick = (key: keyof Omit<VenueAccess, 'other'>) => (checked: boolean) =>
    setVenue({ ...venue, [key]: checked });

  return (
    <div className="rt-page rt-narrow">
      <Link to={`/meetings/${encodeURIComponent(meetingId)}`} className="rt-back-link">
        Back to the meeting
      </Link>
      <h1 className="rt-page-title" tabIndex={-1}>
        Public event
      </h1>
      <p className="rt-lead">
        A public event has its own page anyone can open without an account, to read about it and
        book a place.
      </p>
      {result && !result.ok ? (
        <p className="rt-card rt-problem" role="alert">
          {result.problem.message}
        </p>
      ) : null}
      {event ? <EventLinks eventId={event.id} title={event.title} /> : null}
      {result?.ok ? (
        <form
          className="rt-card rt-event-form"
          onSubmit={submit.onSubmit(save)}
          noValidate
          aria-labelledby="event-form-heading"
        >
          <h2 id="event-form-heading">
            {event ? 'Change the public event' : 'Make this meeting a public event'}
          </h2>
          <TextField
            label="Title"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            error={errorOf('title')}
            maxLength={200}
          />
          <TextField
            label="Date"
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            error={errorOf('startsAt')}
          />
          <TextField
            label="Starts at"
            type="time"
            value={start}
            onChange={(e) => setStart(e.target.value)}
          />
          <TextField
            label="Ends at"
            type="time"
            value={end}
            onChange={(e) => setEnd(e.target.value)}
            error={errorOf('endsAt')}
          />
          <TextField
            label="Place"
            hint="The address, and how to find the room."
            value={place}
            onChange={(e) => setPlace(e.target.value)}
            error={errorOf('place')}
            maxLength={300}
          />
          <fieldset className="rt-fieldset">
            <legend>The venue has</legend>
            <Checkbox
              label="Step-free access"
              checked={venue.stepFree}
              onChange={tick('stepFree')}
            />
            <Checkbox
              label="A hearing loop"
              checked={venue.hearingLoop}
              onChange={tick('hearingLoop')}
            />
            <Checkbox label="A quiet room" checked={venue.quietRoom} onChange={tick('quietRoom')} />
            <Checkbox label="Parking" checked={venue.parking} onChange={tick('parking')} />
            <div className="rt-field">
              <label className="rt-field__label" htmlFor="event-venue-other">
                More about getting in and around (optional)
              </label>
              <textarea
                id="event-venue-other"
                className="rt-field__input rt-event-textarea"
                rows={2}
                maxLength={1000}
                value={venue.other}
                onChange={(e) => setVenue({ ...venue, other: e.target.value })}
              />
            </div>
          </fieldset>
          <div className="rt-field">
            <label className="rt-field__label" htmlFor="event-expect">
              What to expect
            </label>
            <p className="rt-field__hint" id="event-expect-hint">
              In plain words: what happens, how long, whether there is food, who will be there.
            </p>
            <textarea
              id="event-expect"
              aria-describedby="event-expect-hint"
              className="rt-field__input rt-event-textarea"
              rows={4}
              maxLength={4000}
              value={whatToExpect}
              onChange={(e) => setWhatToExpect(e.target.value)}
            />
          </div>
          <TextField
            label="Places"
            hint="How many people the room takes, supporters included. When it is full, people join a waiting list."
            type="number"
            min={1}
            max={5000}
            inputMode="numeric"
            value={capacity}
            onChange={(e) => setCapacity(e.target.value)}
            error={errorOf('capacity')}
          />
          {submit.error &&
          !['title', 'startsAt', 'endsAt', 'place', 'capacity'].includes(
            submit.error.field ?? '',
          ) ? (
            <p className="rt-form-error" role="alert">
              {submit.error.message}
            </p>
          ) : null}
          <Button type="submit" variant="primary" disabled={submit.busy}>
            {event ? 'Save the public event' : 'Make it public'}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
