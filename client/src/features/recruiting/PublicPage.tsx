// /p/<slug>: a workspace's public page, for anyone, signed in or not. Who the group is, what it
// does and how to join, in plain words, with an Easy Read version when the group wrote one; its
// upcoming events and open consultations; and the form to ask to join, which ends on a page
// saying what happens next.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { PublicPage as Page } from '@roundtable/shared/protocol/recruiting';
import { queryKeys } from '../../app/query-keys.ts';
import { Button, dayAndTimeWords, dayWords, usePageTitle } from '../../ui/index.ts';
import { readPublicPage } from './api.ts';
import { EasyReadLines } from './EasyReadLines.tsx';
import { JoinForm } from './JoinForm.tsx';
import './recruiting.css';

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .filter((paragraph) => paragraph.trim())
        .map((paragraph, index) => (
          <p key={index} className="rt-public-text">
            {paragraph}
          </p>
        ))}
    </>
  );
}

function Confirmation({ page }: { page: Page }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    window.scrollTo(0, 0);
    heading.current?.focus();
  }, []);
  return (
    <div className="rt-page rt-narrow rt-public">
      <h1 className="rt-page-title" tabIndex={-1} ref={heading}>
        Thank you: we have your request
      </h1>
      <div className="rt-card">
        <h2>What happens next</h2>
        <ol className="rt-public-steps">
          <li>Someone from {page.workspaceName} will read what you wrote.</li>
          <li>They will contact you the way you chose. This can take a few weeks.</li>
          <li>If they invite you, they will send you a link to join, by email or in a letter.</li>
        </ol>
        <p>
          If you do not hear from us, or you change your mind, you can ask us to delete your
          request.
        </p>
      </div>
    </div>
  );
}

export function PublicPage() {
  const { slug = '' } = useParams();
  const [easyRead, setEasyRead] = useState(false);
  const [sent, setSent] = useState(false);
  const { data: result } = useQuery({
    queryKey: queryKeys.publicPage(slug),
    queryFn: () => readPublicPage(slug),
  });
  const page = result?.ok ? result.data : null;
  usePageTitle(page ? page.workspaceName : 'Public page');

  if (!result) return <p className="rt-page rt-muted">Loading…</p>;
  if (!page) {
    return (
      <div className="rt-page rt-narrow">
        <h1 className="rt-page-title" tabIndex={-1}>
          Page not found
        </h1>
        <p>There is no public page at this address. Please check the address you were given.</p>
      </div>
    );
  }
  if (sent) return <Confirmation page={page} />;
  const hasEasyRead = page.text.easyRead.length > 0;

  return (
    <div className="rt-page rt-public">
      <h1 className="rt-page-title" tabIndex={-1}>
        {page.workspaceName}
      </h1>
      {hasEasyRead ? (
        <p>
          <Button aria-pressed={easyRead} onClick={() => setEasyRead(!easyRead)}>
            {easyRead ? 'Show the full page' : 'Show the Easy Read version'}
          </Button>
        </p>
      ) : null}
      {easyRead ? (
        <section aria-labelledby="easy-read-heading" className="rt-card">
          <h2 id="easy-read-heading">Easy Read</h2>
          <EasyReadLines lines={page.text.easyRead} />
        </section>
      ) : (
        <>
          <section aria-labelledby="who-heading">
            <h2 id="who-heading">Who we are</h2>
            <Paragraphs text={page.text.whoWeAre} />
          </section>
          <section aria-labelledby="what-heading">
            <h2 id="what-heading">What we do</h2>
            <Paragraphs text={page.text.whatWeDo} />
          </section>
        </>
      )}
      <section aria-labelledby="events-heading">
        <h2 id="events-heading">Upcoming events</h2>
        {page.events.length === 0 ? (
          <p className="rt-muted">There are no public events planned at the moment.</p>
        ) : (
          <ul className="rt-public-text">
            {page.events.map((event) => (
              <li key={event.id}>
                <Link to={`/events/${event.id}`}>
                  <strong>{event.title}</strong>
                </Link>
                : {dayAndTimeWords(event.startsAt)}, {event.place}.{' '}
                {!event.takingBookings
                  ? 'It is not taking bookings any more.'
                  : event.placesLeft > 0
                    ? `${event.placesLeft} ${event.placesLeft === 1 ? 'place' : 'places'} left: anyone may book.`
                    : 'It is full: you can join the waiting list.'}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="consultations-heading">
        <h2 id="consultations-heading">Open consultations</h2>
        {page.consultations.length === 0 ? (
          <p className="rt-muted">There is nothing open for comment at the moment.</p>
        ) : (
          <ul className="rt-public-text">
            {page.consultations.map((consultation) => (
              <li key={consultation.id}>
                <Link to={`/consultations/${consultation.id}`}>{consultation.title}</Link>: open
                until {dayWords(consultation.closesAt)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="join-heading" className="rt-card rt-public-join">
        <h2 id="join-heading">How to join</h2>
        <Paragraphs text={page.text.howToJoin} />
        <h3>Ask to join</h3>
        <JoinForm slug={page.slug} onSent={() => setSent(true)} />
      </section>
    </div>
  );
}
