// /cookies: the cookie statement, made from the same list the server sets cookies from
// (shared/protocol/cookies.ts), so it names every cookie there is and no other.
import { STRICTLY_NECESSARY_COOKIES } from '@roundtable/shared/protocol/cookies';
import { usePageTitle } from '../../ui/index.ts';
import './notices.css';

export function CookiesPage() {
  usePageTitle('Cookies');
  return (
    <div className="rt-page rt-narrow">
      <h1 className="rt-page-title" tabIndex={-1}>
        Cookies
      </h1>
      <div className="rt-notice-text">
        <p className="rt-lead">
          A cookie is a small file a website puts on your device. Roundtable uses only the cookies
          it needs to work. These are called strictly necessary cookies, so we do not ask you to
          agree to them.
        </p>
        <p>We do not use cookies to follow you, to count visitors or for advertising.</p>
        {/* A narrow screen with large text scrolls the table, not the page; keyboards too. */}
        <div className="rt-cookie-scroll" role="region" aria-label="Cookies table" tabIndex={0}>
          <table className="rt-cookie-table">
            <caption>The cookies Roundtable uses</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">What it is for</th>
                <th scope="col">How long it lasts</th>
              </tr>
            </thead>
            <tbody>
              {STRICTLY_NECESSARY_COOKIES.map((cookie) => (
                <tr key={cookie.name}>
                  <th scope="row">
                    <code>{cookie.name}</code>
                  </th>
                  <td>{cookie.purpose}</td>
                  <td>{cookie.lasts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>
          Your display choices (text size, contrast) and a copy of open documents are kept in your
          browser’s own storage, not in cookies, and are never sent to us.
        </p>
        <p>
          Read more in the <a href="/privacy">privacy notice</a>.
        </p>
      </div>
    </div>
  );
}
