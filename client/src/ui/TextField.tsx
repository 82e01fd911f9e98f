// A labelled text input with an optional hint and an error message tied to it, so a screen
// reader reads the label, the hint and what went wrong together.
import { useId, type InputHTMLAttributes, type Ref } from 'react';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  hint?: string;
  error?: string | null;
  ref?: Ref<HTMLInputElement>;
}

export function TextField({ label, hint, error, className, ...rest }: TextFieldProps) {
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
      <input
        id={id}
        className="rt-field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...rest}
      />
    </div>
  );
}
