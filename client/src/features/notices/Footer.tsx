// The footer of every page, signed in or not: the privacy notice, the accessibility statement
// and the cookie statement.
import { Link } from 'react-router';
import './notices.css';

export function Footer() {
  return (
    <footer className="rt-footer">
      <nav aria-label="About this site">
        <ul>
          <li>
            <Link to="/privacy">Privacy</Link>
          </li>
          <li>
            <Link to="/accessibility">Accessibility</Link>
          </li>
          <li>
            <Link to="/cookies">Cookies</Link>
          </li>
        </ul>
      </nav>
    </footer>
  );
}
