// What a person sees when they are not signed in: how to get in, without a password.
import { Link } from 'react-router';

export function SignedOutNotice() {
  return (
    <div className="rt-card rt-empty-state" data-testid="signed-out">
      <h2>You are not signed in</h2>
      <p>To join a group, open the invite link you were sent. You do not need a password.</p>
      <p>
        Been here before? Ask the person who runs your group for a new sign-in link, or use the link
        in your email.
      </p>
      <p>
        <Link to="/sign-in">All the ways to sign in</Link>
      </p>
    </div>
  );
}
