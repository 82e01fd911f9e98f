// @vitest-environment happy-dom
// The check page, one page at a time: it starts at the first page not yet answered, says
// "Page 2 of 3", sends an answer (with the hard words) when the person moves on, and thanks them
// at the end, naming any page they skipped. And the results table, most not-understood first.
import { afterEach, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import type { CheckResults, CheckRound } from '@roundtable/shared/protocol/easy-read';
import { renderWithApp } from '../../testing/render.tsx';
import { Checking } from './CheckPage.tsx';
import { ResultsTable } from './CheckResultsPage.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const page = (number: number, title: string, text: string) => ({
  number,
  title,
  blocks: [{ text, picture: null, pictureAlt: null }],
});

const round: CheckRound = {
  id: 'r1',
  documentId: 'd1',
  startedAt: '2031-03-04T10:00:00.000Z',
  pages: [
    page(1, 'Housing', 'You choose where you live.'),
    page(2, 'Transport', 'Buses run late.'),
    page(3, 'Money', 'You get help with money.'),
  ],
  myAnswers: [{ page: 1, answer: 'understand', words: '' }],
};

it('goes page by page, sending each answer as the person moves on', async () => {
  const sent: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_path: string, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body)) as {
        page: number;
        answer: string;
        words: string;
      };
      sent.push(body);
      return json({
        ...round,
        myAnswers: [...round.myAnswers, { ...body, words: body.words ?? '' }],
      });
    }),
  );
  const { user } = renderWithApp(<Checking round={round} />);
  expect(screen.getByTestId('check-progress').textContent).toBe('Page 2 of 3');
  expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Transport');
  expect(screen.getByText('Buses run late.')).toBeTruthy();

  await user.click(screen.getByRole('radio', { name: "I don't understand" }));
  await user.type(screen.getByLabelText('Which words are hard?'), 'run late');
  await user.click(screen.getByRole('button', { name: 'Next page' }));
  expect(sent).toEqual([{ page: 2, answer: 'do-not-understand', words: 'run late' }]);
  expect((await screen.findByTestId('check-progress')).textContent).toBe('Page 3 of 3');
  expect(document.activeElement?.textContent).toBe('Money');

  // Back to page 1: its earlier answer is there; nothing is sent when it has not changed.
  await user.click(screen.getByRole('button', { name: 'Previous page' }));
  await user.click(screen.getByRole('button', { name: 'Previous page' }));
  expect(screen.getByRole('radio', { name: 'I understand this' })).toHaveProperty('checked', true);
  expect(sent).toHaveLength(1);
});

it('thanks the person at the end and offers the pages they skipped', async () => {
  vi.stubGlobal('fetch', vi.fn());
  const { user } = renderWithApp(<Checking round={{ ...round, pages: round.pages.slice(0, 2) }} />);
  await user.click(screen.getByRole('button', { name: 'Finish' }));
  expect(screen.getByRole('heading', { name: 'Thank you' })).toBeTruthy();
  expect(screen.getByText(/You answered 1 of 2 pages/)).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Go to page 2: Transport' }));
  expect(screen.getByTestId('check-progress').textContent).toBe('Page 2 of 2');
});

it('says what went wrong and stays on the page when the answer is refused', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () =>
      json({ error: { code: 'conflict', message: 'A newer check has started.' } }, 409),
    ),
  );
  const { user } = renderWithApp(<Checking round={round} />);
  await user.click(screen.getByRole('radio', { name: 'I am not sure' }));
  await user.click(screen.getByRole('button', { name: 'Next page' }));
  expect((await screen.findByRole('alert')).textContent).toBe('A newer check has started.');
  expect(screen.getByTestId('check-progress').textContent).toBe('Page 2 of 3');
});

it('shows the results as a table, pages people did not understand first and flagged', () => {
  const results: CheckResults = {
    roundId: 'r1',
    startedAt: round.startedAt,
    answered: 3,
    completed: 2,
    stamp: null,
    pages: [
      { number: 1, title: 'Housing', understand: 3, notSure: 0, doNotUnderstand: 0, words: [] },
      {
        number: 2,
        title: 'Transport',
        understand: 0,
        notSure: 1,
        doNotUnderstand: 2,
        words: [{ text: 'run late', count: 2 }],
      },
    ],
  };
  renderWithApp(<ResultsTable results={results} />);
  const rows = within(screen.getByRole('table')).getAllByRole('row');
  expect(rows.map((row) => row.textContent)).toEqual([
    "PageI understand thisI am not sureI don't understandHard words people named",
    'Page 2: Transport⚑ Needs another look012“run late” (2 people)',
    'Page 1: Housing300None',
  ]);
  expect(within(rows[1]!).getByRole('rowheader').textContent).toContain('Needs another look');
});
