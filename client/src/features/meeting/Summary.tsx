// What is kept when a meeting ends: who came, how far the agenda got, decisions, actions and
// poll results; and, once they are removed, that access needs were (ACCESS_NEEDS_KEEP_DAYS).
import { useId } from 'react';
import type { MeetingView } from '@roundtable/shared/domain/meeting/view';
import { ActionList, DecisionList } from './Log.tsx';
import { PollResults } from './PollResults.tsx';
import { nameOf } from './useMeeting.ts';
import { minutesWords } from './words.tsx';

export function Summary({ view }: { view: MeetingView }) {
  const id = useId();
  const reached = view.agenda.findIndex((item) => item.id === view.currentItemId);
  const came = Object.values(view.attendance);
  return (
    <section className="rt-card rt-meeting-summary" aria-labelledby={`${id}-summary`}>
      <h2 id={`${id}-summary`}>Summary</h2>
      <p>This meeting has finished. Here is what happened.</p>
      {view.accessNeedsRemoved ? (
        <p data-testid="access-needs-removed">
          Access needs were removed {view.accessNeedsRemoved.afterDays} days after the meeting. This
          includes the notes people gave with their answer. We keep them only while they are needed.
        </p>
      ) : null}
      <h3>Who came ({came.length})</h3>
      {came.length === 0 ? (
        <p className="rt-muted">Nobody was recorded.</p>
      ) : (
        <ul data-testid="summary-attendance">
          {came.map((person) => (
            <li key={person.name + person.firstSeen}>{person.name}</li>
          ))}
        </ul>
      )}
      <h3>Agenda</h3>
      <ol>
        {view.agenda.map((item, index) => (
          <li key={item.id}>
            {item.title} ({minutesWords(item.minutes)}):{' '}
            <strong>{index <= reached ? 'covered' : 'not reached'}</strong>
          </li>
        ))}
      </ol>
      <h3>Decisions</h3>
      <DecisionList view={view} />
      <h3>Actions</h3>
      <ActionList actions={view.actions} />
      <h3>Polls</h3>
      {view.polls.length === 0 ? <p className="rt-muted">There were no polls.</p> : null}
      {view.polls.map((poll) => (
        <div key={poll.id} className="rt-poll">
          <h4>{poll.question}</h4>
          <PollResults poll={poll} names={(userId) => nameOf(view, userId)} />
        </div>
      ))}
    </section>
  );
}
