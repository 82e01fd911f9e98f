// "What should we call you?": the small form that asks for a display name once. The name is
// remembered in this browser, and a colour is picked to go with it.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, TextField } from '../../ui/index.ts';
import { NAME_MAX_LENGTH, cleanName } from './identity.ts';

export interface NameFormProps {
  initialName?: string;
  submitLabel: string;
  onSubmit: (name: string) => void;
  onCancel?: () => void;
}

export function NameForm({ initialName = '', submitLabel, onSubmit, onCancel }: NameFormProps) {
  const [value, setValue] = useState(initialName);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = cleanName(value);
    if (!name) {
      setError('Please type a name. It can be your first name or a nickname.');
      inputRef.current?.focus();
      return;
    }
    onSubmit(name);
  };

  return (
    <form className="rt-name-form" onSubmit={submit} noValidate>
      <TextField
        ref={inputRef}
        label="Your name"
        hint="Other people in the document will see this name next to your writing."
        value={value}
        error={error}
        onChange={(event) => setValue(event.target.value)}
        autoComplete="given-name"
        maxLength={NAME_MAX_LENGTH}
      />
      <div className="rt-inline-form__actions">
        <Button type="submit" variant="primary">
          {submitLabel}
        </Button>
        {onCancel ? <Button onClick={onCancel}>Cancel</Button> : null}
      </div>
    </form>
  );
}
