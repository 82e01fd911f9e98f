// A small inline form for giving something a new name: the current name is filled in, Esc or
// "Cancel" leaves it as it was, and the server's message shows under the field.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, TextField, useSubmit } from '../../ui/index.ts';
import type { ApiResult } from '../../app/http.ts';

export interface RenameFormProps {
  label: string;
  initialValue: string;
  /** The body field the server names when this value is wrong ("name" or "title"). */
  field: string;
  onSubmit: (value: string) => Promise<ApiResult<unknown>>;
  onDone: (changed: boolean) => void;
}

export function RenameForm({ label, initialValue, field, onSubmit, onDone }: RenameFormProps) {
  const [value, setValue] = useState(initialValue);
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const { busy, run } = useSubmit();
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (value.trim() === initialValue.trim()) {
      onDone(false);
      return;
    }
    await run(async () => {
      const result = await onSubmit(value);
      if (result.ok) {
        onDone(true);
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
      className="rt-inline-form"
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onDone(false);
        }
      }}
      noValidate
    >
      {formError ? (
        <p className="rt-form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <TextField
        ref={inputRef}
        label={label}
        value={value}
        error={error}
        onChange={(event) => setValue(event.target.value)}
        autoComplete="off"
        maxLength={200}
      />
      <div className="rt-inline-form__actions">
        <Button type="submit" variant="primary" disabled={busy}>
          Save
        </Button>
        <Button onClick={() => onDone(false)}>Cancel</Button>
      </div>
    </form>
  );
}
