// The decision and action log: the facilitator records; everyone sees it as it happens.
// Actions have what, who, by when and a status the facilitator can change.
import { useId, useState, type FormEvent } from 'react';
import type { ActionItem } from '@roundtable/shared/domain/meeting/meeting';
import type { MeetingView } from '@roundtable/shared/domain/meeting/view';
import type { WorkspaceAction } from '@roundtable/shared/protocol/meeting';
import { Link } from 'react-router';
import { Button, PlusIcon, TextField, VisuallyHidden, SelectField } from '../../ui/index.ts';
import type { RunCommand } from './useMeeting.ts';

const dueFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

export function dueWords(due: string | null): string {
  if (!due) return 'no date';
  const date = new Date(`${due}T12:00:00`);
  return Number.isNaN(date.getTime()) ? due : dueFormat.format(date);
}

export function DecisionList({ view }: { view: MeetingView }) {
  if (view.decisions.length === 0) return <p className="rt-muted">No decisions yet.</p>;
  return (
    <ol className="rt-meeting-log" data-testid="decisions">
      {view.decisions.map((decision) => {
        const poll = view.polls.find((p) => p.id === decision.pollId);
        const item = view.agenda.find((i) => i.id === decision.agendaItemId);
        return (
          <li key={decision.id}>
            <p className="rt-meeting-log__text">{decision.text}</p>
            {item || poll ? (
              <p className="rt-muted">
                {item ? `Agenda: ${item.title}.` : ''} {poll ? `Poll: “${poll.question}”.` : ''}
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

export function ActionList({
  actions,
  onToggle,
}: {
  actions: ActionItem[];
  onToggle?: (action: ActionItem) => void;
}) {
  if (actions.length === 0) return <p className="rt-muted">No actions yet.</p>;
  return (
    <ul className="rt-meeting-log" data-testid="actions">
      {actions.map((action) => (
        <li key={action.id} className={action.status === 'done' ? 'rt-meeting-log--done' : ''}>
          <p className="rt-meeting-log__text">{action.what}</p>
          <p>
            Who: {action.who}. By: {dueWords(action.due)}.{' '}
            <strong>{action.status === 'done' ? 'Done' : 'Not done yet'}</strong>
          </p>
          {onToggle ? (
            <Button variant="quiet" onClick={() => onToggle(action)}>
              {action.status === 'done' ? 'Mark as not done' : 'Mark as done'}
              <VisuallyHidden>: {action.what}</VisuallyHidden>
            </Button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export interface LogProps {
  view: MeetingView;
  runs: boolean;
  run: RunCommand;
  error: string | null;
  /** The workspace's actions, fetched when the page loads; null until then. */
  earlier?: WorkspaceAction[] | null;
}

/** Open actions from the workspace's other meetings: read-only, so nobody forgets them. */
export function EarlierActions({
  view,
  actions,
}: {
  view: MeetingView;
  actions: WorkspaceAction[];
}) {
  const open = actions.filter((a) => a.status === 'open' && a.meetingId !== view.id);
  if (open.length === 0) return null;
  return (
    <>
      <h3>Still open from earlier meetings</h3>
      <ul className="rt-meeting-log" data-testid="earlier-actions">
        {open.map((action) => (
          <li key={action.id}>
            <p className="rt-meeting-log__text">{action.what}</p>
            <p>
              Who: {action.who}. By: {dueWords(action.due)}.
            </p>
            <p className="rt-muted">
              From:{' '}
              <Link to={`/meetings/${encodeURIComponent(action.meetingId)}`}>
                {action.meetingTitle}
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

export function Log({ view, runs, run, error, earlier = null }: LogProps) {
  const headingId = useId();
  const [decision, setDecision] = useState('');
  const [pollId, setPollId] = useState('');
  const [what, setWhat] = useState('');
  const [who, setWho] = useState('');
  const [due, setDue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const recordDecision = async (event: FormEvent) => {
    event.preventDefault();
    if (decision.trim() === '') {
      setProblem('Please write the decision.');
      return;
    }
    setProblem(null);
    const ok = await run({
      type: 'decision:record',
      text: decision,
      pollId: pollId || null,
      agendaItemId: view.currentItemId,
    });
    if (ok) {
      setDecision('');
      setPollId('');
    }
  };

  const recordAction = async (event: FormEvent) => {
    event.preventDefault();
    if (what.trim() === '' || who.trim() === '') {
      setProblem('Please write what will be done and who will do it.');
      return;
    }
    setProblem(null);
    const ok = await run({ type: 'action:record', what, who, due: due || null });
    if (ok) {
      setWhat('');
      setWho('');
      setDue('');
    }
  };

  return (
    <section className="rt-meeting-section" aria-labelledby={headingId} id="meeting-log">
      <h2 id={headingId}>Decisions and actions</h2>
      <h3>Decisions</h3>
      <DecisionList view={view} />
      <h3>Actions</h3>
      <ActionList
        actions={view.actions}
        onToggle={
          runs
            ? (action) =>
                void run({
                  type: 'action:update',
                  actionId: action.id,
                  status: action.status === 'done' ? 'open' : 'done',
                })
            : undefined
        }
      />
      {earlier ? <EarlierActions view={view} actions={earlier} /> : null}
      {error || problem ? (
        <p className="rt-form-error" role="alert">
          {problem ?? error}
        </p>
      ) : null}
      {runs ? (
        <>
          <form
            className="rt-meeting-form"
            onSubmit={(event) => void recordDecision(event)}
            noValidate
          >
            <h3>Record a decision</h3>
            <div className="rt-field">
              <label className="rt-field__label" htmlFor={`${headingId}-decision`}>
                What did the group decide?
              </label>
              <textarea
                id={`${headingId}-decision`}
                className="rt-field__input rt-meeting-textarea"
                rows={2}
                value={decision}
                onChange={(event) => setDecision(event.target.value)}
              />
            </div>
            {view.polls.length > 0 ? (
              <SelectField
                label="Link to a poll (you can leave this)"
                selectClassName="rt-field__input"
                value={pollId}
                onChange={setPollId}
                options={[
                  { value: '', label: 'No poll' },
                  ...view.polls.map((poll) => ({ value: poll.id, label: poll.question })),
                ]}
              />
            ) : null}
            <Button type="submit" variant="primary" icon={<PlusIcon />}>
              Record the decision
            </Button>
          </form>
          <form
            className="rt-meeting-form"
            onSubmit={(event) => void recordAction(event)}
            noValidate
          >
            <h3>Record an action</h3>
            <TextField
              label="What will be done?"
              value={what}
              onChange={(event) => setWhat(event.target.value)}
            />
            <TextField
              label="Who will do it?"
              value={who}
              onChange={(event) => setWho(event.target.value)}
            />
            <TextField
              label="By when? (you can leave this)"
              type="date"
              value={due}
              onChange={(event) => setDue(event.target.value)}
            />
            <Button type="submit" variant="primary" icon={<PlusIcon />}>
              Record the action
            </Button>
          </form>
        </>
      ) : null}
    </section>
  );
}
