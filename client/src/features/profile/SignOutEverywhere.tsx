// "Sign out everywhere": ends every sign-in this person has, on every phone and computer, for
// when a device was lost or shared by mistake; and, if they tick it, their API tokens too.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { clearLocalCopies } from '../../realtime/index.ts';
import { Button, Checkbox, Dialog, useSubmit } from '../../ui/index.ts';
import { useMe } from '../access/index.ts';
import { signOutEverywhere } from './api.ts';

export function SignOutEverywhere() {
  const { signedOut } = useMe();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, run } = useSubmit();
  const [revokeTokens, setRevokeTokens] = useState(false);

  const signOut = async () => {
    await run(async () => {
      const result = await signOutEverywhere(revokeTokens);
      if (!result.ok) {
        setConfirming(false);
        setProblem(result.problem.message);
        return;
      }
      await clearLocalCopies();
      signedOut();
      void navigate('/sign-in');
    });
  };

  return (
    <section className="rt-card">
      <h2>Sign out everywhere</h2>
      <p>
        Signs you out on every phone, tablet and computer, including this one. Use this if you lost
        a device, or signed in on a shared computer and forgot to sign out.
      </p>
      {problem ? (
        <p className="rt-form-error" role="alert">
          {problem}
        </p>
      ) : null}
      <Button variant="danger" onClick={() => setConfirming(true)}>
        Sign out everywhere
      </Button>
      <Dialog
        open={confirming}
        title="Sign out everywhere?"
        description="You will need a sign-in link or your password to come back in."
        onClose={() => setConfirming(false)}
      >
        <Checkbox
          label="Also stop all my API tokens"
          hint="Scripts that use one of your tokens will stop working. Make new tokens for them afterwards."
          checked={revokeTokens}
          onChange={setRevokeTokens}
        />
        <div className="rt-inline-form__actions">
          <Button variant="danger" disabled={busy} onClick={() => void signOut()}>
            Yes, sign out everywhere
          </Button>
          <Button onClick={() => setConfirming(false)}>Cancel</Button>
        </div>
      </Dialog>
    </section>
  );
}
