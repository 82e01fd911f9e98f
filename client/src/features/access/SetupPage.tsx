// /setup/<secret>: the link the server prints at first start, to make the first administrator.
import { useNavigate, useParams } from 'react-router';
import { usePageTitle } from '../../ui/index.ts';
import { setUp } from './api.ts';
import { useMe } from './MeProvider.tsx';
import { NameSignInForm } from './NameSignInForm.tsx';

export function SetupPage() {
  usePageTitle('Set up Roundtable');
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { signedIn } = useMe();
  return (
    <div className="rt-narrow">
      <h1 className="rt-page-title" tabIndex={-1}>
        Set up Roundtable
      </h1>
      <p className="rt-lead">
        You are the first person here, so you will look after this Roundtable. What should we call
        you?
      </p>
      <div className="rt-card">
        <NameSignInForm
          submitLabel="Start using Roundtable"
          rememberByDefault
          onSubmit={(body) => setUp(token, body)}
          onSignedIn={(me) => {
            signedIn(me);
            void navigate('/');
          }}
        />
      </div>
    </div>
  );
}
