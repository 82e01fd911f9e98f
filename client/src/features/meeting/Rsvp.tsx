// "Are you coming?": a person answers, with what they need on the day. Facilitators also see
// everyone's answers. Answers go over the meeting channel, so this joins the meeting while open.
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Rsvp as RsvpAnswer } from '@roundtable/shared/domain/meeting/meeting';
import type { Member } from '@roundtable/shared/protocol/people';
import { Button } from '../../ui/index.ts';
import { useMembers } from '../members/index.ts';
import { useCommand, useMeetingConnection } from './useMeeting.ts';

export const accessNeeds = [
  'Easy Read papers',
  'A supporter is coming with me',
  'A break every 30 minutes',
] as const;

const answerWords: Record<RsvpAnswer['answer'], string> = {
  yes: 'Yes, I am coming',
  maybe: 'Maybe',
  no: 'No, I cannot come',
};

export interface RsvpProps {
  meetingId: string;
  workspaceId: string;
  myId: string;
  runs: boolean;
}

export function Rsvp({ meetingId, workspaceId, myId, runs }: RsvpProps) {
  const id = useId();
  const { connection, snapshot } = useMeetingConnection(meetingId);
  const { run, error } = useCommand(connection);
  const mine = snapshot.view?.rsvps[myId];
  const [answer, setAnswer] = useState<RsvpAnswer['answer'] | ''>('');
  const [needs, setNeeds] = useState<string[]>([]);
  const [notes, setNotes] = useState('');
  const [filled, setFilled] = useState(false);
  const [sent, setSent] = useState(false);
  const { data: membersResult } = useMembers(workspaceId, runs);
  const members: Member[] = membersResult?.ok ? membersResult.data : [];

  useEffect(() => {
    if (filled || !snapshot.view) return;
    setFilled(true);
    if (mine) {
      setAnswer(mine.answer);
      setNeeds(mine.needs);
      setNotes(mine.notes);
    }
  }, [filled, mine, snapshot.view]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!answer) return;
    setSent(await run({ type: 'rsvp', answer, needs, notes }));
  };

  if (snapshot.status.kind === 'stopped') {
    return <p className="rt-form-error">{snapshot.status.message}</p>;
  }
  if (!snapshot.view) return <p className="rt-muted">Loading…</p>;
  const answers = Object.entries(snapshot.view.rsvps);
  const nameFor = (userId: string) =>
    members.find((m) => m.userId === userId)?.name ?? (userId === myId ? 'You' : 'A member');

  return (
    <div className="rt-meeting-rsvp">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <fieldset>
          <legend>Are you coming?</legend>
          {(['yes', 'maybe', 'no'] as const).map((value) => (
            <div className="rt-check" key={value}>
              <input
                className="rt-check__input"
                type="radio"
                name={`${id}-answer`}
                id={`${id}-${value}`}
                checked={answer === value}
                onChange={() => setAnswer(value)}
              />
              <label className="rt-check__label" htmlFor={`${id}-${value}`}>
                {answerWords[value]}
              </label>
            </div>
          ))}
        </fieldset>
        {answer && answer !== 'no' ? (
          <fieldset>
            <legend>What do you need on the day?</legend>
            {accessNeeds.map((need, index) => (
              <div className="rt-check" key={need}>
                <input
                  className="rt-check__input"
                  type="checkbox"
                  id={`${id}-need-${index}`}
                  checked={needs.includes(need)}
                  onChange={(event) =>
                    setNeeds(
                      event.target.checked ? [...needs, need] : needs.filter((n) => n !== need),
                    )
                  }
                />
                <label className="rt-check__label" htmlFor={`${id}-need-${index}`}>
                  {need}
                </label>
              </div>
            ))}
            <div className="rt-field">
              <label className="rt-field__label" htmlFor={`${id}-notes`}>
                Anything else we should know?
              </label>
              <textarea
                id={`${id}-notes`}
                className="rt-field__input rt-meeting-textarea"
                rows={2}
                maxLength={500}
                value={notes}
                onChange={(event) => setNotes(event.target.value)}
              />
            </div>
          </fieldset>
        ) : null}
        {error ? (
          <p className="rt-form-error" role="alert">
            {error}
          </p>
        ) : null}
        <Button type="submit" variant="primary" disabled={!answer}>
          Send my answer
        </Button>
        <p role="status" className="rt-meeting-place">
          {sent ? 'Thank you. We have your answer.' : ''}
        </p>
      </form>
      {runs ? (
        <>
          <h4>Answers so far ({answers.length})</h4>
          {answers.length === 0 ? (
            <p className="rt-muted">Nobody has answered yet.</p>
          ) : (
            <ul data-testid="rsvp-answers">
              {answers.map(([userId, rsvp]) => (
                <li key={userId}>
                  <strong>{nameFor(userId)}</strong>: {answerWords[rsvp.answer]}
                  {rsvp.needs.length > 0 ? `. Needs: ${rsvp.needs.join(', ')}` : ''}
                  {rsvp.notes ? `. “${rsvp.notes}”` : ''}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </div>
  );
}
