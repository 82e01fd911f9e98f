// /events/:eventId/sign-in-sheet (facilitators): a sign-in sheet to print in large print: each
// person with a place, their places, and a box to tick. The sheet is passed round at the door, so
// access needs are printed only when the facilitator ticks "Show access needs".
import { useState } from 'react';
import { useParams } from 'react-router';
import { Button, Checkbox, usePageTitle } from '../../ui/index.ts';
import { useEventBookings } from './useEventBookings.ts';
import { placesWords, whenWords } from './words.ts';
import './events.css';

export function SignInSheetPage() {
  const { eventId = '' } = useParams();
  const { data: result } = useEventBookings(eventId);
  const data = result?.ok ? result.data : null;
  const [showNeeds, setShowNeeds] = useState(false);
  usePageTitle(data ? `Sign-in sheet: ${data.event.title}` : 'Sign-in sheet');
  const coming = (data?.bookings ?? [])
    .filter((b) => b.status === 'confirmed')
    .sort((a, b) => a.name.localeCompare(b.name));

  return (
    <div className="rt-page rt-sign-in-sheet">
      <h1 className="rt-page-title" tabIndex={-1}>
        Sign-in sheet{data ? `: ${data.event.title}` : ''}
      </h1>
      {result && !result.ok ? (
        <p className="rt-card rt-problem" role="alert">
          {result.problem.message}
        </p>
      ) : null}
      {data ? (
        <>
          <p className="rt-sheet-when">
            {whenWords(data.event)}. {data.event.place}
          </p>
          <div className="rt-no-print">
            <Checkbox
              label="Show access needs"
              hint="Off unless you need it: the sheet is passed round at the door."
              checked={showNeeds}
              onChange={setShowNeeds}
            />
          </div>
          <p className="rt-no-print">
            <Button variant="primary" onClick={() => window.print()}>
              Print the sign-in sheet
            </Button>
          </p>
          <table className="rt-sheet-table">
            <caption>Please tick the box when you arrive.</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Places</th>
                {showNeeds ? <th scope="col">Access needs</th> : null}
                <th scope="col">Here</th>
              </tr>
            </thead>
            <tbody>
              {coming.map((b) => (
                <tr key={b.id}>
                  <th scope="row">{b.name}</th>
                  <td>{placesWords(b.places)}</td>
                  {showNeeds ? <td>{b.accessNeeds ?? ''}</td> : null}
                  <td>
                    <span
                      className={`rt-sheet-box${b.attended ? ' rt-sheet-box--ticked' : ''}`}
                      role="img"
                      aria-label={b.attended ? 'Here' : 'Not yet here'}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {coming.length === 0 ? <p>Nobody has a place yet.</p> : null}
        </>
      ) : null}
    </div>
  );
}
