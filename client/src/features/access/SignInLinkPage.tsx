// /sign-in/<secret>: a one-time sign-in link from a facilitator or an email.
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Button, usePageTitle, useSubmit } from '../../ui/index.ts';
import { signInWithLink } from './api.ts';
import { useMe } from './MeProvider.tsx';
import { RememberDevice } from './RememberDevice.tsx';

export function SignInLinkPage() {
  usePageTitle('Sign in');
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { signedIn } = useMe();
  const [remember, setRemember] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, run } = useSubmit();

  const submit = async () => {
    await run(async () => {
      const result = await signInWithLink(token, remember);
      if (result.ok) {
        signedIn(result.data);
        void navigate('/');
      } else {
        setProblem(
          result.problem.status === 404
            ? 'This sign-in link does not work any more. Each link works once. Ask for a new one.'
            : result.problem.message,
        );
      }
    });
  };

  return (
    <div className="rt-narrow">
      <h1 className="rt-page-title" tabIndex={-1}>
        Sign in
      </h1>
      <div className="rt-card">
        {problem ? (
          <div className="rt-form-error" role="alert">
            <p>{problem}</p>
            <p>
              <Link to="/">Go to the start page</Link>
            </p>
          </div>
        ) : null}
        <p>Welcome back. This link signs you in once.</p>
        <RememberDevice checked={remember} onChange={setRemember} />
        <Button variant="primary" disabled={busy} onClick={() => void submit()}>
          Sign in
        </Button>
      </div>
    </div>
  );
}
