// "Check the Easy Read version": one page at a time, in large calm text, with Next and Previous
// and "Page 3 of 8". On each page a person says "I understand this", "I am not sure" or "I don't
// understand", and may say which words were hard. An answer is sent when they move on, and can
// be changed by coming back. The pages are the ones the facilitator asked the group to check.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import {
  CHECK_WORDS_MAX_LENGTH,
  type CheckAnswerKind,
  type CheckRound,
} from '@roundtable/shared/protocol/easy-read';
import { queryKeys } from '../../app/query-keys.ts';
import {
  BackIcon,
  Button,
  CrossIcon,
  NextIcon,
  TextField,
  TickIcon,
  useAnnouncer,
  usePageTitle,
} from '../../ui/index.ts';
import { useDocument } from '../workspaces/index.ts';
import { answerCheckPage, useCurrentCheckRound } from './api.ts';
import { ANSWER_ORDER, ANSWER_WORDS, pageOf } from './words.ts';
import './easy-read.css';

interface Answer {
  answer: CheckAnswerKind;
  words: string;
}

const FACES: Record<CheckAnswerKind, ReactNode> = {
  understand: <TickIcon />,
  'not-sure': '?',
  'do-not-understand': <CrossIcon />,
};

function answersOf(round: CheckRound): Map<number, Answer> {
  return new Map(round.myAnswers.map(({ page, answer, words }) => [page, { answer, words }]));
}

export function Checking({ round }: { round: CheckRound }) {
  const queryClient = useQueryClient();
  const { announce } = useAnnouncer();
  const [saved, setSaved] = useState(() => answersOf(round));
  const [index, setIndex] = useState(() => {
    const first = round.pages.findIndex((page) => !saved.has(page.number));
    return first === -1 ? 0 : first;
  });
  const [choice, setChoice] = useState<Answer | null>(null);
  const [finished, setFinished] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const headingId = useId();
  const total = round.pages.length;
  const page = round.pages[index];
  const current = choice ?? (page ? saved.get(page.number) : undefined) ?? null;

  useEffect(() => {
    // After Next or Previous, start reading the new page from its heading.
    if (moved.current) heading.current?.focus();
  }, [index, finished]);

  if (!page) return null;

  const send = async (): Promise<boolean> => {
    const before = saved.get(page.number);
    if (!choice || (before?.answer === choice.answer && before.words === choice.words.trim())) {
      return true;
    }
    setSending(true);
    const result = await answerCheckPage(round.id, { page: page.number, ...choice });
    setSending(false);
    if (!result.ok) {
      setProblem(result.problem.message);
      return false;
    }
    setSaved(answersOf(result.data));
    queryClient.setQueryData(queryKeys.checkRound(round.documentId), result);
    return true;
  };

  const go = async (to: number | 'finish') => {
    if (!(await send())) return;
    setProblem(null);
    setChoice(null);
    moved.current = true;
    if (to === 'finish') {
      setFinished(true);
      return;
    }
    setIndex(to);
    const next = round.pages[to];
    if (next) announce(`${pageOf(next.number, total)}: ${next.title}`);
  };

  if (finished) {
    const missing = round.pages.filter((p) => !saved.has(p.number));
    return (
      <section className="rt-card rt-checkpage__page" aria-labelledby={headingId}>
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          Thank you
        </h2>
        {missing.length === 0 ? (
          <p>You have checked every page.</p>
        ) : (
          <>
            <p>
              You answered {total - missing.length} of {total} pages. You can still answer these:
            </p>
            <ul>
              {missing.map((p) => (
                <li key={p.number}>
                  <Button
                    variant="quiet"
                    onClick={() => {
                      setFinished(false);
                      void go(p.number - 1);
                    }}
                  >
                    Go to page {p.number}: {p.title}
                  </Button>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    );
  }

  const last = index === total - 1;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void go(last ? 'finish' : index + 1);
  };
  return (
    <>
      <p className="rt-checkpage__progress" data-testid="check-progress">
        {pageOf(page.number, total)}
      </p>
      <div className="rt-checkpage__bar" aria-hidden="true">
        <span style={{ width: `${(page.number / total) * 100}%` }} />
      </div>
      <article className="rt-card rt-checkpage__page" aria-labelledby={headingId}>
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {page.title}
        </h2>
        {page.blocks.length === 0 ? <p>This page has no words yet.</p> : null}
        {page.blocks.map((block, i) => (
          <p key={i}>
            {block.picture && block.pictureAlt ? (
              <span className="rt-checkpage__picture">Picture: {block.pictureAlt}. </span>
            ) : null}
            {block.text}
          </p>
        ))}
      </article>
      <form
        onSubmit={submit}
        noValidate
        aria-label={`Your answer for ${pageOf(page.number, total)}`}
      >
        <fieldset className="rt-checkpage__answers">
          <legend>Do you understand this page?</legend>
          {ANSWER_ORDER.map((kind) => (
            <label className="rt-checkpage__answer" key={kind}>
              <input
                type="radio"
                name={`answer-${page.number}`}
                value={kind}
                checked={current?.answer === kind}
                onChange={() => setChoice({ answer: kind, words: current?.words ?? '' })}
              />
              <span className="rt-checkpage__face" aria-hidden="true">
                {FACES[kind]}
              </span>
              <span>{ANSWER_WORDS[kind]}</span>
            </label>
          ))}
        </fieldset>
        <TextField
          label="Which words are hard?"
          hint="You can leave this empty."
          maxLength={CHECK_WORDS_MAX_LENGTH}
          value={current?.words ?? ''}
          disabled={current === null}
          onChange={(event) =>
            current && setChoice({ answer: current.answer, words: event.target.value })
          }
        />
        {problem ? (
          <p className="rt-form-error" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="rt-checkpage__nav">
          <Button
            icon={<BackIcon />}
            disabled={index === 0 || sending}
            onClick={() => void go(index - 1)}
          >
            Previous page
          </Button>
          <Button type="submit" variant="primary" icon={<NextIcon />} disabled={sending}>
            {last ? 'Finish' : 'Next page'}
          </Button>
        </div>
      </form>
    </>
  );
}

export function CheckPage() {
  const { documentId = '' } = useParams();
  const { data: documentResult } = useDocument(documentId);
  const { data } = useCurrentCheckRound(documentId);
  usePageTitle('Check the Easy Read version');
  const title = documentResult?.ok ? documentResult.data.title : '';
  return (
    <div className="rt-checkpage">
      <Link to={`/documents/${encodeURIComponent(documentId)}`} className="rt-back-link">
        <BackIcon /> Back to {title ? `“${title}”` : 'the document'}
      </Link>
      <h1 className="rt-page-title">Check the Easy Read version</h1>
      {title ? <p>{title}</p> : null}
      {!data ? (
        <p>Opening…</p>
      ) : !data.ok ? (
        <p className="rt-card rt-problem">{data.problem.message}</p>
      ) : data.data === null ? (
        <p className="rt-card">
          Nobody has asked the group to check this Easy Read version yet. The person who runs the
          group starts a check.
        </p>
      ) : (
        <Checking key={data.data.id} round={data.data} />
      )}
    </div>
  );
}
