// /sign-in: the ways back in for someone who is signed out, in plain words. A sign-in link
// from the facilitator always works; email links only when the server can send mail; and
// email + password for people who chose a password.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, TextField, usePageTitle, useSubmit } from '../../ui/index.ts';
import type { z } from 'zod';
import type { SignInOptions } from '@roundtable/shared/protocol/access';
import { emailSignInLink, getSignInOptions, signInWithPassword } from './api.ts';
import { useMe } from './MeProvider.tsx';
import { RememberDevice } from './RememberDevice.tsx';
import '../members/members.css';

type Options = z.infer<typeof SignInOptions>;

export function SignInPage() {
  usePageTitle('Sign in');
  const { state } = useMe();
  const { data: result } = useQuery({
    queryKey: ['sign-in', 'options'],
    queryFn: getSignInOptions,
  });
  const options: Options | null = !result
    ? null
    : result.ok
      ? result.data
      : { email: false, password: true };

  return (
    <div className="rt-narrow">
      <h1 className="rt-page-title" tabIndex={-1}>
        Sign in
      </h1>
      {state.status === 'signed-in' ? (
        <div className="rt-card">
          <p>
            You are signed in as <strong>{state.me.profile.name}</strong>.
          </p>
          <p>
            <Link to="/">Go to your workspaces and documents</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="rt-lead">There are a few ways back in. Choose the one that suits you.</p>
          <section className="rt-card">
            <h2>Ask for a sign-in link</h2>
            <p>
              Ask the person who runs your group (your facilitator) for a new sign-in link. Open the
              link and press “Sign in”. You do not need a password.
            </p>
            <p>New to Roundtable? Open the invite link you were sent.</p>
          </section>
          {options?.email ? <EmailLinkForm /> : null}
          {options?.password ? <PasswordForm /> : null}
        </>
      )}
    </div>
  );
}

function EmailLinkForm() {
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const { busy, run } = useSubmit();

  const send = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => {
      const result = await emailSignInLink(email.trim());
      if (!result.ok) {
        setError(result.problem.message);
        setSent(null);
        return;
      }
      setError(null);
      setSent(
        `If ${email.trim()} is known here, a sign-in link is on its way. Check your email, including the spam folder. The link works once.`,
      );
    });
  };

  return (
    <section className="rt-card">
      <h2>Email me a sign-in link</h2>
      <form onSubmit={(event) => void send(event)} noValidate>
        <TextField
          label="Your email address"
          type="email"
          autoComplete="email"
          value={email}
          error={error}
          onChange={(event) => setEmail(event.target.value)}
        />
        <Button type="submit" variant="primary" disabled={busy}>
          Email me a sign-in link
        </Button>
        <p role="status">{sent}</p>
      </form>
    </section>
  );
}

function PasswordForm() {
  const navigate = useNavigate();
  const { signedIn } = useMe();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [visible, setVisible] = useState(false);
  const [remember, setRemember] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, run } = useSubmit();
  const problemRef = useRef<HTMLParagraphElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim() || !password) {
      setProblem('Please type your email address and your password.');
      return;
    }
    await run(async () => {
      const result = await signInWithPassword({ email: email.trim(), password, remember });
      if (result.ok) {
        signedIn(result.data);
        void navigate('/');
        return;
      }
      setProblem(result.problem.message);
    });
  };

  useEffect(() => {
    if (problem) problemRef.current?.focus();
  }, [problem]);

  return (
    <section className="rt-card">
      <h2>Sign in with email and password</h2>
      <p>Only if you chose a password on your profile page.</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {problem ? (
          <p className="rt-form-error" role="alert" tabIndex={-1} ref={problemRef}>
            {problem}
          </p>
        ) : null}
        <TextField
          label="Email address"
          type="email"
          autoComplete="username"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <div className="rt-password-row">
          <TextField
            label="Password"
            type={visible ? 'text' : 'password'}
            autoComplete="current-password"
            value={password}
            spellCheck={false}
            onChange={(event) => setPassword(event.target.value)}
          />
          <Button aria-pressed={visible} onClick={() => setVisible((shown) => !shown)}>
            Show password
          </Button>
        </div>
        <RememberDevice checked={remember} onChange={setRemember} />
        <Button type="submit" variant="primary" disabled={busy}>
          Sign in
        </Button>
      </form>
    </section>
  );
}
