// An optional password, for people who prefer one: at least 10 characters, paste allowed, and
// a button to show what was typed. Nobody has to have one.
import { useId, useState, type FormEvent } from 'react';
import type { Profile } from '@roundtable/shared/protocol/people';
import { Button, TextField, useSubmit } from '../../ui/index.ts';
import { useMe } from '../access/index.ts';
import { setPassword } from './api.ts';

const MIN_LENGTH = 10;

export function PasswordSection({ profile }: { profile: Profile }) {
  const headingId = useId();
  const { refresh } = useMe();
  const [password, setPasswordValue] = useState('');
  const [visible, setVisible] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, run } = useSubmit();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    if (password.length < MIN_LENGTH) {
      setError(`Use at least ${MIN_LENGTH} characters. You have typed ${password.length}.`);
      return;
    }
    await run(async () => {
      const result = await setPassword(password);
      if (!result.ok) {
        setError(result.problem.message);
        return;
      }
      setError(null);
      setPasswordValue('');
      setVisible(false);
      setSaved(
        `Your password is saved. Next time, you can sign in with ${profile.email ?? 'your email'} and this password.`,
      );
      void refresh();
    });
  };

  return (
    <section className="rt-card" aria-labelledby={headingId}>
      <h2 id={headingId}>Password (optional)</h2>
      <p>
        You do not need a password: a sign-in link from your facilitator works too. Some people like
        to have one.
        {profile.hasPassword ? ' You already have a password. You can change it here.' : ''}
      </p>
      {profile.email ? (
        <form onSubmit={(event) => void save(event)} noValidate>
          {/* Lets password managers store the password with the right email. */}
          <input
            type="email"
            name="username"
            autoComplete="username"
            value={profile.email}
            readOnly
            hidden
          />
          <div className="rt-password-row">
            <TextField
              label={profile.hasPassword ? 'New password' : 'Choose a password'}
              hint={`At least ${MIN_LENGTH} characters. A few words you will remember work well. You can paste it.`}
              type={visible ? 'text' : 'password'}
              autoComplete="new-password"
              value={password}
              error={error}
              spellCheck={false}
              onChange={(event) => setPasswordValue(event.target.value)}
            />
            <Button aria-pressed={visible} onClick={() => setVisible((shown) => !shown)}>
              Show password
            </Button>
          </div>
          <div className="rt-row-actions">
            <Button type="submit" variant="primary" disabled={busy}>
              {profile.hasPassword ? 'Change my password' : 'Save my password'}
            </Button>
          </div>
          <p role="status" className="rt-saved-message">
            {saved}
          </p>
        </form>
      ) : (
        <p className="rt-muted">
          A password needs an email address to go with it, and you have not given one. To set a
          password, add your email address under “About me” above and save your profile. Or keep
          using sign-in links from your facilitator.
        </p>
      )}
    </section>
  );
}
