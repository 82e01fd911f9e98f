// "What should we call you?" for joining or setting up: a name, "Remember this device", and
// one button. No password to invent or remember.
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { Me } from '@roundtable/shared/protocol/people';
import { Button, TextField, useSubmit } from '../../ui/index.ts';
import type { ApiResult } from '../../app/http.ts';
import { RememberDevice } from './RememberDevice.tsx';

export interface NameSignInFormProps {
  submitLabel: string;
  rememberByDefault: boolean;
  onSubmit: (body: { name: string; remember: boolean }) => Promise<ApiResult<Me>>;
  onSignedIn: (me: Me) => void;
  /** More questions, asked after the name (on joining: may we name you in exports?). */
  children?: ReactNode;
  /**
   * Start in the name field (true by default). The join page says false: what it says first
   * (what Roundtable keeps) should be read before the questions.
   */
  focusFirst?: boolean;
}

export function NameSignInForm({
  submitLabel,
  rememberByDefault,
  onSubmit,
  onSignedIn,
  children,
  focusFirst = true,
}: NameSignInFormProps) {
  const [name, setName] = useState('');
  const [remember, setRemember] = useState(rememberByDefault);
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const { busy, run } = useSubmit();
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focusFirst) inputRef.current?.focus();
  }, [focusFirst]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => {
      const result = await onSubmit({ name, remember });
      if (result.ok) {
        onSignedIn(result.data);
        return;
      }
      if (result.problem.field === 'name') {
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
    <form className="rt-name-form" onSubmit={(event) => void submit(event)} noValidate>
      {formError ? (
        <p className="rt-form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <TextField
        ref={inputRef}
        label="Your name"
        hint="Other people will see this name next to your writing. Your first name is fine."
        value={name}
        error={error}
        onChange={(event) => setName(event.target.value)}
        autoComplete="name"
        maxLength={80}
      />
      {children}
      <RememberDevice checked={remember} onChange={setRemember} />
      <Button type="submit" variant="primary" disabled={busy}>
        {submitLabel}
      </Button>
    </form>
  );
}
