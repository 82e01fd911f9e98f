// A labelled box for a few lines of text, with an optional hint and an error message tied to it
// (the same parts as TextField).
import { useId, type Ref, type TextareaHTMLAttributes } from 'react';

export interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  hint?: string;
  error?: string | null;
  ref?: Ref<HTMLTextAreaElement>;
}

export function TextArea({ label, hint, error, className, rows = 4, ...rest }: TextAreaProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div
      className={['rt-field', error ? 'rt-field--error' : null, className]
        .filter(Boolean)
        .join(' ')}
    >
      <label className="rt-field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="rt-field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="rt-field__error" id={errorId}>
          <span className="rt-field__error-icon" aria-hidden="true">
            !
          </span>
          {error}
        </p>
      ) : null}
      <textarea
        id={id}
        rows={rows}
        className="rt-field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...rest}
      />
    </div>
  );
}
