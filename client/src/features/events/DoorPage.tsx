// /events/:eventId/door (facilitators, on a tablet at the door): find a person by name and mark
// them here with one big button; works by keyboard too. Everyone's list updates at once.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { EventBooking } from '@roundtable/shared/protocol/events';
import { queryKeys } from '../../app/query-keys.ts';
import { useAnnouncer, usePageTitle } from '../../ui/index.ts';
import { markAttendance } from './api.ts';
import { useEventBookings } from './useEventBookings.ts';
import { placesWords } from './words.ts';
import './events.css';

export function DoorPage() {
  const { eventId = '' } = useParams();
  const queryClient = useQueryClient();
  const { announce } = useAnnouncer();
  const { data: result } = useEventBookings(eventId);
  const data = result?.ok ? result.data : null;
  const [search, setSearch] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  usePageTitle(data ? `At the door: ${data.event.title}` : 'At the door');
  const wanted = search.trim().toLowerCase();
  const coming = (data?.bookings ?? [])
    .filter((b) => b.status === 'confirmed')
    .filter((b) => wanted === '' || b.name.toLowerCase().includes(wanted))
    .sort((a, b) => a.name.localeCompare(b.name));
  const here = (data?.bookings ?? []).filter((b) => b.status === 'confirmed' && b.attended).length;

  const toggle = async (booking: EventBooking) => {
    const answer = await markAttendance(eventId, booking.id, !booking.attended);
    if (!answer.ok) return setProblem(answer.problem.message);
    setProblem(null);
    queryClient.setQueryData(queryKeys.eventBookings(eventId), answer);
    announce(
      booking.attended ? `${booking.name} is marked as not here.` : `${booking.name} is here.`,
    );
  };

  return (
    <div className="rt-page rt-door">
      <h1 className="rt-page-title" tabIndex={-1}>
        At the door{data ? `: ${data.event.title}` : ''}
      </h1>
      {result && !result.ok ? (
        <p className="rt-card rt-problem" role="alert">
          {result.problem.message}
        </p>
      ) : null}
      {data ? (
        <>
          <p className="rt-lead">
            {here} of {data.bookings.filter((b) => b.status === 'confirmed').length} bookings are
            here.
          </p>
          <div className="rt-field rt-door-search">
            <label className="rt-field__label" htmlFor="door-search">
              Find a name
            </label>
            <input
              id="door-search"
              type="search"
              className="rt-field__input"
              value={search}
              autoComplete="off"
              onChange={(e) => setSearch(e.target.value)}
            />
          </div>
          {problem ? (
            <p className="rt-form-error" role="alert">
              {problem}
            </p>
          ) : null}
          <ul className="rt-door-list" aria-label="People with a place">
            {coming.map((b) => (
              <li key={b.id} className="rt-door-person">
                <div>
                  <p className="rt-door-name">{b.name}</p>
                  <p>
                    {placesWords(b.places)}
                    {b.accessNeeds ? `. Access needs: ${b.accessNeeds}` : ''}
                  </p>
                </div>
                <button
                  type="button"
                  className={`rt-door-button${b.attended ? ' rt-door-button--here' : ''}`}
                  aria-pressed={b.attended}
                  onClick={() => void toggle(b)}
                >
                  {b.attended ? `✓ ${b.name} is here` : `Mark ${b.name} as here`}
                </button>
              </li>
            ))}
          </ul>
          {coming.length === 0 ? (
            <p>{wanted ? 'Nobody with a place has that name.' : 'Nobody has a place yet.'}</p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
