// A labelled box for writing a comment, with its error tied to it.
import { useId, type Ref } from 'react';
import { COMMENT_MAX_LENGTH } from '@roundtable/shared/protocol/comments';

export interface CommentFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  ref?: Ref<HTMLTextAreaElement>;
}

export function CommentField({ label, value, onChange, error, ref }: CommentFieldProps) {
  const id = useId();
  return (
    <div className={error ? 'rt-field rt-field--error' : 'rt-field'}>
      <label className="rt-field__label" htmlFor={id}>
        {label}
      </label>
      {error ? (
        <p className="rt-field__error" id={`${id}-error`}>
          <span className="rt-field__error-icon" aria-hidden="true">
            !
          </span>
          {error}
        </p>
      ) : null}
      <textarea
        ref={ref}
        id={id}
        className="rt-field__input rt-comment-field"
        rows={3}
        maxLength={COMMENT_MAX_LENGTH}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/** The problem with what was written, or null. */
export function commentProblem(text: string): string | null {
  return text.trim() === '' ? 'Please write something first.' : null;
}
