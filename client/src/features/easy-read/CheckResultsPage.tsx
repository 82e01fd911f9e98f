// "What the group said": for a facilitator, the latest check of an Easy Read version page by
// page, as a table: how many people answered each way, and the words they named as hard. Pages
// people did not understand come first, and are flagged in words. It also shows the "Checked by"
// line that exports carry, and starts a check (or a new one, as the text reads now).
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { CheckResults } from '@roundtable/shared/protocol/easy-read';
import { queryKeys } from '../../app/query-keys.ts';
import {
  BackIcon,
  Button,
  ConfirmDialog,
  dayAndTimeWords,
  useAnnouncer,
  usePageTitle,
} from '../../ui/index.ts';
import { useDocument } from '../workspaces/index.ts';
import { startCheckRound, useCheckResults, useCurrentCheckRound } from './api.ts';
import { needsAnotherLook, pagesForReview } from './results-order.ts';
import { ANSWER_WORDS } from './words.ts';
import './easy-read.css';

const people = (count: number) => (count === 1 ? '1 person' : `${count} people`);

export function ResultsTable({ results }: { results: CheckResults }) {
  return (
    <>
      <p>Pages that people did not understand, or were not sure about, come first.</p>
      {/* On a narrow screen the table scrolls sideways here, by keyboard too. */}
      <div
        className="rt-check-results__scroll"
        role="region"
        aria-label="Answers, page by page"
        tabIndex={0}
      >
        <table data-testid="check-results">
          <caption>Answers, page by page</caption>
          <thead>
            <tr>
              <th scope="col">Page</th>
              <th scope="col">{ANSWER_WORDS.understand}</th>
              <th scope="col">{ANSWER_WORDS['not-sure']}</th>
              <th scope="col">{ANSWER_WORDS['do-not-understand']}</th>
              <th scope="col">Hard words people named</th>
            </tr>
          </thead>
          <tbody>
            {pagesForReview(results.pages).map((page) => (
              <tr key={page.number}>
                <th scope="row">
                  Page {page.number}: {page.title}
                  {needsAnotherLook(page) ? (
                    <span className="rt-check-results__flag">
                      <span aria-hidden="true">⚑ </span>Needs another look
                    </span>
                  ) : null}
                </th>
                <td className="rt-check-results__count">{page.understand}</td>
                <td className="rt-check-results__count">{page.notSure}</td>
                <td className="rt-check-results__count">{page.doNotUnderstand}</td>
                <td>
                  {page.words.length === 0 ? (
                    'None'
                  ) : (
                    <ul className="rt-check-results__words">
                      {page.words.map((word) => (
                        <li key={word.text}>
                          “{word.text}”{word.count > 1 ? ` (${people(word.count)})` : ''}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Summary({ results }: { results: CheckResults }) {
  return (
    <>
      <p>
        This check started on {dayAndTimeWords(results.startedAt)}. {people(results.answered)}{' '}
        answered; {people(results.completed)} answered every page.
      </p>
      <p className="rt-check-results__stamp" data-testid="check-stamp">
        {results.stamp
          ? `Exports of this Easy Read version say: “${results.stamp}”.`
          : 'Exports do not say who checked it yet: nobody has answered every page.'}
      </p>
    </>
  );
}

export function CheckResultsPage() {
  const { documentId = '' } = useParams();
  const queryClient = useQueryClient();
  const { announce } = useAnnouncer();
  const { data: documentResult } = useDocument(documentId);
  const { data: roundResult } = useCurrentCheckRound(documentId);
  const round = roundResult?.ok ? roundResult.data : null;
  const { data: resultsResult } = useCheckResults(round?.id ?? null);
  const [confirming, setConfirming] = useState(false);
  const headingId = useId();
  usePageTitle('What the group said');
  const title = documentResult?.ok ? documentResult.data.title : '';
  const path = `/documents/${encodeURIComponent(documentId)}`;

  const start = async (): Promise<string | null> => {
    const result = await startCheckRound(documentId);
    if (!result.ok) return result.problem.message;
    await queryClient.invalidateQueries({ queryKey: queryKeys.checkRound(documentId) });
    announce('The check has started. Members can now check the Easy Read version.');
    setConfirming(false);
    return null;
  };

  return (
    <div className="rt-check-results">
      <Link to={path} className="rt-back-link">
        <BackIcon /> Back to {title ? `“${title}”` : 'the document'}
      </Link>
      <h1 className="rt-page-title" id={headingId}>
        What the group said
      </h1>
      {title ? <p>{title}</p> : null}
      {!roundResult ? <p>Opening…</p> : null}
      {roundResult && !roundResult.ok ? (
        <p className="rt-card rt-problem">{roundResult.problem.message}</p>
      ) : null}
      {roundResult?.ok && round === null ? (
        <p>Nobody has been asked to check this Easy Read version yet.</p>
      ) : null}
      {resultsResult && !resultsResult.ok ? (
        <p className="rt-card rt-problem">{resultsResult.problem.message}</p>
      ) : null}
      {resultsResult?.ok ? (
        <>
          <Summary results={resultsResult.data} />
          <ResultsTable results={resultsResult.data} />
        </>
      ) : null}
      {roundResult?.ok ? (
        <p className="rt-easy-read-links__actions">
          <Button variant={round ? 'secondary' : 'primary'} onClick={() => setConfirming(true)}>
            {round ? 'Start a new check' : 'Ask the group to check it'}
          </Button>
          {round ? (
            <Link className="rt-button rt-button--secondary" to={`${path}/check`}>
              Check the Easy Read version
            </Link>
          ) : null}
        </p>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={round ? 'Start a new check?' : 'Ask the group to check it?'}
        description={
          round
            ? 'Everyone checks the Easy Read version again, as it reads now. The answers to this check are no longer counted.'
            : 'Everyone in the group can then go through the Easy Read version, page by page, as it reads now.'
        }
        confirmLabel={round ? 'Start a new check' : 'Ask the group'}
        onConfirm={start}
        onClose={() => setConfirming(false)}
      />
    </div>
  );
}
