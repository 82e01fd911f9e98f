// Shown for an address that is not a page of Roundtable.
import { Link } from 'react-router';
import { usePageTitle } from '../ui/index.ts';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <div className="rt-card rt-problem">
      <h1 className="rt-page-title">We could not find that page</h1>
      <p>The address may be wrong, or the page may have moved.</p>
      <p>
        <Link to="/">Go to all workspaces and documents</Link>
      </p>
    </div>
  );
}
