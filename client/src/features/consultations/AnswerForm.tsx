// A question under a paragraph of a public consultation: one answer among its choices (agree or
// disagree, a few choices, a scale), with a reason if the person wants to give one. A hidden field catches forms filled by programs.
import { useRef, useState } from 'react';
import {
  ANSWER_REASON_MAX,
  type QuestionResults,
} from '@roundtable/shared/protocol/consultation-questions';
import { Button, useSubmit } from '../../ui/index.ts';
import { answerQuestion } from './api.ts';
import { TextAreaField } from './TextAreaField.tsx';

export function AnswerForm({
  consultationId,
  question,
  onAnswered,
}: {
  consultationId: string;
  question: QuestionResults;
  onAnswered: (message: string) => void;
}) {
  const [answer, setAnswer] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState(false);
  const honeypot = useRef<HTMLInputElement>(null);
  const submit = useSubmit();
  const send = async () => {
    if (!answer) {
      submit.setError('Please choose an answer.');
      return;
    }
    submit.setError(null);
    const result = await answerQuestion(consultationId, question.id, {
      answer,
      ...(reason.trim() ? { reason } : {}),
      ...(honeypot.current?.value ? { website: honeypot.current.value } : {}),
    });
    if (!result.ok) {
      submit.setError(result.problem.message);
      return;
    }
    setDone(true);
    onAnswered('Thank you for your answer.');
  };
  if (done) return <p className="rt-muted">You answered “{question.prompt}”. Thank you.</p>;
  return (
    <form
      className="rt-card rt-answer-form"
      aria-label={question.prompt}
      onSubmit={submit.onSubmit(send)}
      noValidate
    >
      <fieldset>
        <legend className="rt-field__label">{question.prompt}</legend>
        <div className="rt-answer-form__choices">
          {question.counts.map(({ key, label }) => (
            <label key={key} className="rt-answer-form__choice">
              <input
                type="radio"
                name={`answer-${question.id}`}
                value={key}
                checked={answer === key}
                onChange={() => setAnswer(key)}
              />{' '}
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <TextAreaField
        label="Why? (you do not have to say)"
        rows={2}
        value={reason}
        maxLength={ANSWER_REASON_MAX}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="rt-honeypot" aria-hidden="true">
        <label>
          Leave this empty
          <input ref={honeypot} name="website" tabIndex={-1} autoComplete="off" />
        </label>
      </div>
      {submit.error ? (
        <p className="rt-form-error" role="alert">
          {submit.error}
        </p>
      ) : null}
      <Button type="submit" disabled={submit.busy}>
        Send my answer <span className="rt-visually-hidden">to “{question.prompt}”</span>
      </Button>
    </form>
  );
}
