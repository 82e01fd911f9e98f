// The form for one hard word: the word, and what it means in easy words. Used to add a word (on
// the Hard words page, and from a word chosen in the text) and to change one. What is wrong is
// said next to the field it is about, and the cursor goes there.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  HARD_WORD_EXPLANATION_MAX_LENGTH,
  HARD_WORD_MAX_LENGTH,
} from '@roundtable/shared/editor/hard-words';
import type { ApiResult } from '../../app/http.ts';
import { Button, TextField, useSubmit } from '../../ui/index.ts';

export interface HardWordFields {
  word: string;
  explanation: string;
}

export interface HardWordFormProps {
  initial?: HardWordFields;
  submitLabel: string;
  /** Sends the word; the server's answer says whether it was saved. */
  onSubmit: (fields: HardWordFields) => Promise<ApiResult<unknown>>;
  /** Saved: a form that adds words empties itself for the next one. */
  onSaved: (fields: HardWordFields) => void;
  onCancel?: () => void;
  /** Where the cursor goes when the form appears (in a dialog); nowhere on a page. */
  focus?: 'word' | 'explanation';
}

type Problems = { word?: string; explanation?: string; form?: string };

function problemsOf(fields: HardWordFields): Problems {
  const problems: Problems = {};
  if (!/[\p{L}\p{N}]/u.test(fields.word)) problems.word = 'Please write the hard word.';
  if (fields.explanation.trim() === '') {
    problems.explanation = 'Please say what the word means, in easy words.';
  }
  return problems;
}

export function HardWordForm({
  initial = { word: '', explanation: '' },
  submitLabel,
  onSubmit,
  onSaved,
  onCancel,
  focus,
}: HardWordFormProps) {
  const [fields, setFields] = useState(initial);
  const [problems, setProblems] = useState<Problems>({});
  const { busy, run } = useSubmit();
  const wordInput = useRef<HTMLInputElement>(null);
  const explanationInput = useRef<HTMLTextAreaElement>(null);
  const explanationId = useId();

  useEffect(() => {
    if (!focus) return;
    // After a dialog around the form has opened, which puts focus on its first field.
    const frame = requestAnimationFrame(() =>
      (focus === 'word' ? wordInput : explanationInput).current?.focus(),
    );
    return () => cancelAnimationFrame(frame);
  }, [focus]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const found = problemsOf(fields);
      if (found.word || found.explanation) {
        setProblems(found);
        (found.word ? wordInput : explanationInput).current?.focus();
        return;
      }
      const sent = { word: fields.word.trim(), explanation: fields.explanation.trim() };
      const result = await onSubmit(sent);
      if (result.ok) {
        setProblems({});
        if (!initial.word) setFields({ word: '', explanation: '' });
        onSaved(sent);
        return;
      }
      const { field, message } = result.problem;
      const plain = message.replace(/^(word|explanation): /, '');
      if (field === 'explanation') {
        setProblems({ explanation: plain });
        explanationInput.current?.focus();
      } else if (field === 'word') {
        setProblems({ word: plain });
        wordInput.current?.focus();
      } else {
        setProblems({ form: plain });
      }
    });
  };

  return (
    <form className="rt-hard-word-form" onSubmit={submit} noValidate>
      {problems.form ? (
        <p className="rt-form-error" role="alert">
          {problems.form}
        </p>
      ) : null}
      <TextField
        ref={wordInput}
        label="Hard word"
        hint="A word or a few words, for example: advocate"
        value={fields.word}
        maxLength={HARD_WORD_MAX_LENGTH}
        error={problems.word ?? null}
        autoComplete="off"
        onChange={(event) => setFields({ ...fields, word: event.target.value })}
      />
      <div className={problems.explanation ? 'rt-field rt-field--error' : 'rt-field'}>
        <label className="rt-field__label" htmlFor={explanationId}>
          What it means, in easy words
        </label>
        <p className="rt-field__hint" id={`${explanationId}-hint`}>
          Use short, everyday words. For example: someone who speaks up for you
        </p>
        {problems.explanation ? (
          <p className="rt-field__error" id={`${explanationId}-error`}>
            <span className="rt-field__error-icon" aria-hidden="true">
              !
            </span>
            {problems.explanation}
          </p>
        ) : null}
        <textarea
          ref={explanationInput}
          id={explanationId}
          className="rt-field__input rt-hard-word-form__explanation"
          rows={3}
          maxLength={HARD_WORD_EXPLANATION_MAX_LENGTH}
          value={fields.explanation}
          aria-invalid={problems.explanation ? true : undefined}
          aria-describedby={`${explanationId}-hint${problems.explanation ? ` ${explanationId}-error` : ''}`}
          onChange={(event) => setFields({ ...fields, explanation: event.target.value })}
        />
      </div>
      <div className="rt-hard-word-form__actions">
        <Button type="submit" variant="primary" disabled={busy}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button type="button" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
