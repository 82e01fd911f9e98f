// /workspaces/:workspaceId/join-requests/:requestId/letter: the last message to someone who asked
// to join, as a letter to print in large print, with the invite link written out and as a QR
// code. Printing leaves out everything but the letter.
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { BackIcon, Button, dayWords, usePageTitle } from '../../ui/index.ts';
import { readLetter } from './api.ts';
import './recruiting.css';

export function LetterPage() {
  const { workspaceId = '', requestId = '' } = useParams();
  usePageTitle('Letter');
  const { data: result } = useQuery({
    queryKey: ['workspaces', workspaceId, 'join-requests', requestId, 'letter'],
    queryFn: () => readLetter(workspaceId, requestId),
  });
  const letter = result?.ok ? result.data : null;
  const qr = letter?.qrSvg ? `data:image/svg+xml;utf8,${encodeURIComponent(letter.qrSvg)}` : null;

  return (
    <div className="rt-page rt-letter-page">
      <div className="rt-letter-page__tools">
        <p>
          <Link
            to={`/workspaces/${encodeURIComponent(workspaceId)}/join-requests`}
            className="rt-up-link"
          >
            <BackIcon /> Back to join requests
          </Link>
        </p>
        <h1 className="rt-page-title" tabIndex={-1}>
          Letter{letter ? ` to ${letter.name}` : ''}
        </h1>
        <Button variant="primary" onClick={() => window.print()}>
          Print the letter
        </Button>
      </div>
      {result && !result.ok ? (
        <p className="rt-card rt-problem" role="alert">
          {result.problem.message}
        </p>
      ) : null}
      {letter ? (
        <article className="rt-letter" aria-label={`Letter to ${letter.name}`}>
          <p className="rt-letter__from">{letter.workspaceName}</p>
          <p className="rt-letter__address">
            {letter.name}
            <br />
            {letter.address.split('\n').map((line, index) => (
              <span key={index}>
                {line}
                <br />
              </span>
            ))}
          </p>
          <p className="rt-letter__date">{dayWords(new Date().toISOString())}</p>
          <div className="rt-letter__body">
            {letter.message.split('\n').map((line, index) =>
              line === letter.link ? (
                <p key={index} className="rt-letter__link">
                  {line}
                </p>
              ) : (
                <p key={index}>{line || '\u00a0'}</p>
              ),
            )}
          </div>
          {qr && letter.link ? (
            <figure className="rt-letter__qr">
              <img src={qr} alt={`QR code for the link ${letter.link}`} width={240} height={240} />
              <figcaption>Or point a phone’s camera at this square to open the link.</figcaption>
            </figure>
          ) : null}
        </article>
      ) : null}
    </div>
  );
}
