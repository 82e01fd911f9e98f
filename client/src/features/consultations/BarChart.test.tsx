// @vitest-environment happy-dom
// The bar chart beside a results table: every answer shows with its words and its number, and
// screen readers are sent to the table instead (the chart is hidden from them).
import { afterEach, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { BarChart } from './BarChart.tsx';
import { QuestionResultsTable } from './QuestionResultsTable.tsx';
import { ResultsTable } from './ResultsTable.tsx';

afterEach(cleanup);

const answers = [
  { label: 'Agree', count: 7 },
  { label: 'Disagree', count: 2 },
  { label: 'Not sure', count: 0 },
];

it('shows every answer with its number', () => {
  render(<BarChart bars={answers} />);
  const chart = screen.getByTestId('bar-chart');
  const rows = [...chart.querySelectorAll('.rt-bar-chart__row')].map((row) => [
    row.querySelector('.rt-bar-chart__words')?.textContent,
    row.querySelector('.rt-bar-chart__count')?.textContent,
  ]);
  expect(rows).toEqual([
    ['Agree', '7'],
    ['Disagree', '2'],
    ['Not sure', '0'],
  ]);
  expect(chart.getAttribute('aria-hidden')).toBe('true');
});

it('draws the largest answer across the whole bar and the others in proportion', () => {
  render(<BarChart bars={answers} />);
  const widths = [...screen.getByTestId('bar-chart').querySelectorAll('.rt-bar-chart__bar')].map(
    (bar) => (bar as HTMLElement).style.width,
  );
  expect(widths).toEqual(['100%', `${(2 / 7) * 100}%`, '0%']);
});

it('sits beside the table of the same numbers on the results page', () => {
  render(
    <QuestionResultsTable
      blocks={[{ kind: 'paragraph', text: 'Buses in the evening.' }]}
      questions={[
        {
          id: 'q1',
          paragraph: 0,
          prompt: 'Do you agree?',
          kind: 'agree',
          reasons: null,
          counts: answers.map((a) => ({ key: a.label, ...a })),
        },
      ]}
    />,
  );
  const table = screen.getByRole('table', { name: /Do you agree\?/ });
  for (const answer of answers) {
    const row = within(table).getByRole('row', { name: new RegExp(answer.label) });
    expect(within(row).getByText(String(answer.count))).toBeTruthy();
    expect(within(screen.getByTestId('bar-chart')).getByText(String(answer.count))).toBeTruthy();
  }
});

it('charts what the comments led to, with the totals the table shows for all paragraphs', () => {
  render(
    <ResultsTable
      blocks={[
        { kind: 'paragraph', text: 'Buses.' },
        { kind: 'paragraph', text: 'Trains.' },
      ]}
      comments={[
        { paragraph: 0, outcome: 'changed' },
        { paragraph: 1, outcome: 'changed' },
        { paragraph: 1, outcome: 'not-taken' },
      ]}
    />,
  );
  const all = screen.getByRole('row', { name: /All paragraphs/ });
  expect(
    within(all)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ).toEqual(['3', '2', '0', '1', '0']);
  const bars = [...screen.getByTestId('bar-chart').querySelectorAll('.rt-bar-chart__row')];
  expect(bars.map((bar) => bar.textContent)).toEqual([
    'Changed the draft2',
    'Already covered0',
    'Not taken forward1',
    'Not decided yet0',
  ]);
});
