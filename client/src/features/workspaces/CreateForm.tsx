// A one-field form that makes something new (a workspace, a document) and shows the server's
// message next to the field when the value is not right.
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Button, PlusIcon, TextField, useSubmit } from '../../ui/index.ts';
import type { ApiResult } from '../../app/http.ts';

export interface CreateFormProps<T> {
  heading: ReactNode;
  headingLevel: 2 | 3;
  label: string;
  hint: string;
  submitLabel: string;
  field: string;
  /** Put the cursor in the field when the form appears. */
  autoFocus?: boolean;
  onSubmit: (value: string) => Promise<ApiResult<T>>;
  onCreated: (created: T) => void;
}

export function CreateForm<T>({
  heading,
  headingLevel,
  label,
  hint,
  submitLabel,
  field,
  autoFocus = false,
  onSubmit,
  onCreated,
}: CreateFormProps<T>) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const { busy, run } = useSubmit();
  const inputRef = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => {
      const result = await onSubmit(value);
      if (result.ok) {
        setValue('');
        setError(null);
        setFormError(null);
        onCreated(result.data);
        return;
      }
      if (result.problem.field === field) {
        setError(result.problem.message);
        setFormError(null);
      } else {
        setFormError(result.problem.message);
        setError(null);
      }
      inputRef.current?.focus();
    });
  };

  return (
    <form
      className="rt-create-form"
      aria-labelledby={headingId}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <Heading className="rt-create-form__heading" id={headingId}>
        {heading}
      </Heading>
      {formError ? (
        <p className="rt-form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="rt-create-form__row">
        <TextField
          ref={inputRef}
          label={label}
          hint={hint}
          value={value}
          error={error}
          onChange={(event) => setValue(event.target.value)}
          autoComplete="off"
          maxLength={200}
        />
        <Button type="submit" variant="primary" disabled={busy} icon={<PlusIcon />}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
