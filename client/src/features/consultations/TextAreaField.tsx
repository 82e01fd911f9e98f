// A labelled box for a few lines of writing, with an optional hint and an error tied to it.
import { useId, type Ref, type TextareaHTMLAttributes } from 'react';

export interface TextAreaFieldProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id'
> {
  label: string;
  hint?: string;
  error?: string | null;
  ref?: Ref<HTMLTextAreaElement>;
}

export function TextAreaField({ label, hint, error, className, ...rest }: TextAreaFieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
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
        <p className="rt-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="rt-field__error" id={`${id}-error`}>
          <span className="rt-field__error-icon" aria-hidden="true">
            !
          </span>
          {error}
        </p>
      ) : null}
      <textarea
        id={id}
        className="rt-field__input"
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...rest}
      />
    </div>
  );
}
