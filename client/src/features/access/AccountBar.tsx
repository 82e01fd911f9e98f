// "Signed in as Sam", a link to my profile (which links to API tokens), and "Sign out".
import { Link, useNavigate } from 'react-router';
import { clearLocalCopies } from '../../realtime/index.ts';
import { Button } from '../../ui/index.ts';
import { signOut } from './api.ts';
import { useMe } from './MeProvider.tsx';
import './access.css';

export function AccountBar() {
  const { state, signedOut } = useMe();
  const navigate = useNavigate();
  if (state.status !== 'signed-in') return null;
  return (
    <div className="rt-account">
      <span className="rt-account__name">
        Signed in as <strong>{state.me.profile.name}</strong>
      </span>
      <Link to="/profile" className="rt-account__link">
        My profile
      </Link>
      <Button
        variant="quiet"
        onClick={() => {
          void signOut()
            .then(() => clearLocalCopies())
            .then(() => {
              signedOut();
              void navigate('/');
            });
        }}
      >
        Sign out
      </Button>
    </div>
  );
}
