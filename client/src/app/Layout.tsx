// The frame around every page: a skip link, the header with the Display choices, and the main
// area. After moving to another page, focus goes to the new page's main heading, so keyboard
// and screen-reader users start at the top of what changed.
import { useEffect, useRef } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { AccountBar } from '../features/access/index.ts';
import { DisplayMenu, ReadingBar } from '../features/display/index.ts';
// Straight from its file: the footer needs none of the notice pages' code.
import { Footer } from '../features/notices/Footer.tsx';
// Straight from its file, so the rest of the profile feature still loads only on /profile.
import { ReadAloudShortcut } from '../features/profile/ReadAloudShortcut.tsx';

export function Layout() {
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = mainRef.current?.querySelector<HTMLElement>('h1');
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus();
    }
    window.scrollTo(0, 0);
  }, [location.pathname]);

  return (
    <div className="rt-app">
      <a className="rt-skip-link" href="#main">
        Skip to main content
      </a>
      <header className="rt-header">
        <Link to="/" className="rt-brand">
          <span className="rt-brand__mark" aria-hidden="true" />
          Roundtable
        </Link>
        <div className="rt-header__tools">
          <AccountBar />
          <ReadAloudShortcut />
          <DisplayMenu />
        </div>
      </header>
      <ReadingBar />
      <main id="main" className="rt-main" ref={mainRef} tabIndex={-1}>
        <Outlet />
      </main>
      <Footer />
    </div>
  );
}
