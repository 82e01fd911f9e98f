// Choosing one answer from a poll's options, seeing what each means, with a reason where the
// option asks for one. Used by the meeting's polls and by agreeing a version between meetings,
// so both ask in the same words and work the same way by keyboard.
import { useId, useState, type FormEvent } from 'react';
import type { PollOption } from '@roundtable/shared/domain/meeting/polls';
import { Button } from '../../ui/index.ts';

export interface ResponseFormProps {
  /** Names the radio group, unique on the page. */
  name: string;
  options: readonly PollOption[];
  /** The person's answer so far, if any. */
  current: { optionId: string; reason: string } | null;
  /** Sends the answer; resolves true when it was accepted. */
  onSend: (optionId: string, reason: string) => Promise<boolean>;
  words: {
    send: string;
    change: string;
    /** e.g. "Your vote: Agree. You can change it until the poll closes." */
    current: (label: string) => string;
  };
  testId?: string;
}

export function ResponseForm({ name, options, current, onSend, words, testId }: ResponseFormProps) {
  const legendId = useId();
  const reasonId = useId();
  const [choice, setChoice] = useState(current?.optionId ?? '');
  const [reason, setReason] = useState(current?.reason ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const option = options.find((o) => o.id === choice);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    if (!option) {
      setProblem('Please choose one answer.');
      return;
    }
    if (option.reasonRequired && reason.trim() === '') {
      setProblem(`Please say why you chose “${option.label}”.`);
      return;
    }
    setProblem(null);
    setSent(await onSend(option.id, reason));
  };

  const currentChoice = options.find((o) => o.id === current?.optionId);
  return (
    <form className="rt-poll__vote" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset>
        <legend id={legendId}>Choose one answer</legend>
        {options.map((o) => (
          <div className="rt-check rt-poll__option" key={o.id}>
            <input
              className="rt-check__input"
              type="radio"
              name={name}
              id={`${legendId}-${o.id}`}
              value={o.id}
              checked={choice === o.id}
              onChange={() => {
                setChoice(o.id);
                setSent(false);
              }}
            />
            <label className="rt-check__label" htmlFor={`${legendId}-${o.id}`}>
              {o.label}
              {o.meaning ? <span className="rt-check__hint">{o.meaning}</span> : null}
            </label>
          </div>
        ))}
      </fieldset>
      {option ? (
        <div className="rt-field">
          <label className="rt-field__label" htmlFor={reasonId}>
            {option.prompt ?? 'Anything to add? (you can leave this empty)'}
            {option.reasonRequired ? ' (needed)' : ''}
          </label>
          <textarea
            id={reasonId}
            className="rt-field__input rt-meeting-textarea"
            rows={2}
            value={reason}
            aria-invalid={problem !== null && option.reasonRequired ? true : undefined}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
      ) : null}
      {problem ? (
        <p className="rt-form-error" role="alert">
          {problem}
        </p>
      ) : null}
      <Button type="submit" variant="primary">
        {current ? words.change : words.send}
      </Button>
      {currentChoice ? (
        <p className="rt-meeting-place" role="status" data-testid={testId}>
          {sent ? 'Thank you. ' : ''}
          {words.current(currentChoice.label)}
        </p>
      ) : null}
    </form>
  );
}
