// Polls and consent checks. The facilitator asks; everyone who may take part chooses one
// option, seeing what each option means and, for some, a question to answer. An objection needs
// a reason. Results show live or after the close, as the facilitator chose.
import { useId, useState, type FormEvent } from 'react';
import type { PollKind } from '@roundtable/shared/domain/meeting/polls';
import type { MeetingView, PollView } from '@roundtable/shared/domain/meeting/view';
import { Button, PlusIcon, TextField, VisuallyHidden } from '../../ui/index.ts';
import { ResponseForm } from '../polls/index.ts';
import { AgreementPollForm, AgreementVersion } from '../versions/index.ts';
import { PollResults } from './PollResults.tsx';
import { nameOf, type RunCommand } from './useMeeting.ts';

export interface PollsProps {
  view: MeetingView;
  mayTakePart: boolean;
  runs: boolean;
  run: RunCommand;
  error: string | null;
}

export function Polls({ view, mayTakePart, runs, run, error }: PollsProps) {
  const headingId = useId();
  const open = view.polls.filter((poll) => poll.state === 'open');
  const closed = view.polls.filter((poll) => poll.state === 'closed').reverse();
  const names = (userId: string) => nameOf(view, userId);
  const [agreeing, setAgreeing] = useState(false);
  return (
    <section className="rt-meeting-section" aria-labelledby={headingId} id="meeting-polls">
      <h2 id={headingId}>Polls</h2>
      {error ? (
        <p className="rt-form-error" role="alert">
          {error}
        </p>
      ) : null}
      {open.length === 0 ? <p className="rt-muted">There is no open poll right now.</p> : null}
      {open.map((poll) => (
        <article key={poll.id} className="rt-poll" aria-label={`Poll: ${poll.question}`}>
          <h3 className="rt-poll__question">{poll.question}</h3>
          {poll.kind === 'agreement' && poll.versionId ? (
            <AgreementVersion versionId={poll.versionId} locksDraft={poll.locksDraft} />
          ) : null}
          <p className="rt-muted">
            {poll.anonymous
              ? 'Nobody will see who chose what.'
              : 'Everyone can see who chose what.'}
          </p>
          {mayTakePart ? <VoteForm poll={poll} run={run} /> : null}
          <PollResults poll={poll} names={names} />
          {runs ? (
            <Button onClick={() => void run({ type: 'poll:close', pollId: poll.id })}>
              Close the poll <VisuallyHidden>“{poll.question}”</VisuallyHidden>
            </Button>
          ) : null}
        </article>
      ))}
      {runs && view.status.phase === 'live' && open.length === 0 ? (
        agreeing ? (
          <AgreementPollForm
            documentIds={view.documentIds}
            onCancel={() => setAgreeing(false)}
            onOpen={async ({ question, versionId, locksDraft }) => {
              const ok = await run({
                type: 'poll:open',
                question,
                kind: 'agreement',
                options: [],
                anonymous: false,
                results: 'on-close',
                versionId,
                locksDraft,
              });
              if (ok) setAgreeing(false);
              return ok;
            }}
          />
        ) : (
          <>
            {view.documentIds.length > 0 ? (
              <Button variant="primary" onClick={() => setAgreeing(true)}>
                Ask the group to agree a version
              </Button>
            ) : null}
            <OpenPollForm run={run} />
          </>
        )
      ) : null}
      {closed.length > 0 ? (
        <>
          <h3>Closed polls</h3>
          {closed.map((poll) => (
            <article key={poll.id} className="rt-poll rt-poll--closed">
              <h4 className="rt-poll__question">{poll.question}</h4>
              <PollResults poll={poll} names={names} />
            </article>
          ))}
        </>
      ) : null}
    </section>
  );
}

function VoteForm({ poll, run }: { poll: PollView; run: RunCommand }) {
  return (
    <ResponseForm
      name={`poll-${poll.id}`}
      options={poll.options}
      current={poll.myVote}
      onSend={(optionId, reason) => run({ type: 'poll:vote', pollId: poll.id, optionId, reason })}
      words={{
        send: 'Send my vote',
        change: 'Change my vote',
        current: (label) => `Your vote: ${label}. You can change it until the poll closes.`,
      }}
      testId="my-vote"
    />
  );
}

const kindChoices: Array<{ kind: PollKind; label: string; hint: string }> = [
  { kind: 'agree', label: 'Agree, not sure, disagree', hint: 'For “Do we agree with this?”' },
  {
    kind: 'consent',
    label: 'Consent check',
    hint: 'Consent or objection. An objection needs a reason.',
  },
  { kind: 'custom', label: 'My own choices', hint: 'Write two or more answers to choose from.' },
];

function OpenPollForm({ run }: { run: RunCommand }) {
  const [question, setQuestion] = useState('');
  const [kind, setKind] = useState<PollKind>('agree');
  const [options, setOptions] = useState(['', '']);
  const [anonymous, setAnonymous] = useState(false);
  const [results, setResults] = useState<'live' | 'on-close'>('on-close');
  const [problem, setProblem] = useState<string | null>(null);
  const headingId = useId();
  const name = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (question.trim() === '') {
      setProblem('Please write the question.');
      return;
    }
    if (kind === 'custom' && options.filter((o) => o.trim()).length < 2) {
      setProblem('Please write at least two answers to choose from.');
      return;
    }
    setProblem(null);
    const ok = await run({
      type: 'poll:open',
      question,
      kind,
      options: kind === 'custom' ? options.filter((o) => o.trim()) : [],
      anonymous,
      results,
    });
    if (ok) {
      setQuestion('');
      setOptions(['', '']);
    }
  };

  return (
    <form
      className="rt-poll-form"
      aria-labelledby={headingId}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h3 id={headingId}>Ask the group</h3>
      <TextField
        label="Question"
        hint="For example: Do we agree with the Housing section?"
        value={question}
        error={problem && question.trim() === '' ? problem : null}
        onChange={(event) => setQuestion(event.target.value)}
      />
      <fieldset>
        <legend>Kind of answers</legend>
        {kindChoices.map((choice) => (
          <div className="rt-check" key={choice.kind}>
            <input
              className="rt-check__input"
              type="radio"
              name={`${name}-kind`}
              id={`${name}-${choice.kind}`}
              checked={kind === choice.kind}
              onChange={() => setKind(choice.kind)}
            />
            <label className="rt-check__label" htmlFor={`${name}-${choice.kind}`}>
              {choice.label}
              <span className="rt-check__hint">{choice.hint}</span>
            </label>
          </div>
        ))}
      </fieldset>
      {kind === 'custom' ? (
        <fieldset>
          <legend>Answers to choose from</legend>
          {options.map((value, index) => (
            <TextField
              key={index}
              label={`Answer ${index + 1}`}
              value={value}
              onChange={(event) =>
                setOptions(options.map((o, i) => (i === index ? event.target.value : o)))
              }
            />
          ))}
          {options.length < 10 ? (
            <Button icon={<PlusIcon />} onClick={() => setOptions([...options, ''])}>
              Add another answer
            </Button>
          ) : null}
        </fieldset>
      ) : null}
      <fieldset>
        <legend>When can people see the results?</legend>
        {(
          [
            ['on-close', 'When I close the poll', 'People are not swayed by early votes.'],
            ['live', 'Straight away, as people vote', ''],
          ] as const
        ).map(([value, label, hint]) => (
          <div className="rt-check" key={value}>
            <input
              className="rt-check__input"
              type="radio"
              name={`${name}-results`}
              id={`${name}-${value}`}
              checked={results === value}
              onChange={() => setResults(value)}
            />
            <label className="rt-check__label" htmlFor={`${name}-${value}`}>
              {label}
              {hint ? <span className="rt-check__hint">{hint}</span> : null}
            </label>
          </div>
        ))}
      </fieldset>
      <div className="rt-check">
        <input
          className="rt-check__input"
          type="checkbox"
          id={`${name}-anonymous`}
          checked={anonymous}
          onChange={(event) => setAnonymous(event.target.checked)}
        />
        <label className="rt-check__label" htmlFor={`${name}-anonymous`}>
          Anonymous
          <span className="rt-check__hint">Nobody, not even you, will see who chose what.</span>
        </label>
      </div>
      {problem && question.trim() !== '' ? (
        <p className="rt-form-error" role="alert">
          {problem}
        </p>
      ) : null}
      <Button type="submit" variant="primary">
        Open the poll
      </Button>
    </form>
  );
}
