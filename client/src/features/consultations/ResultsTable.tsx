// What came of a consultation, as numbers in a table: for each paragraph, how many comments
// were published and what they led to.
import type { ConsultationBlock, PublicComment } from '@roundtable/shared/protocol/consultations';
import { BarChart } from './BarChart.tsx';
import { paragraphNumbers } from './words.ts';

type Outcome = PublicComment['outcome'];
type CountedComment = Pick<PublicComment, 'paragraph' | 'outcome'>;

/** The columns after "Comments", in order: each outcome with the words that head it. */
const OUTCOMES: readonly { outcome: Outcome; label: string }[] = [
  { outcome: 'changed', label: 'Changed the draft' },
  { outcome: 'covered', label: 'Already covered' },
  { outcome: 'not-taken', label: 'Not taken forward' },
  { outcome: null, label: 'Not decided yet' },
];

const tally = (comments: readonly CountedComment[]) =>
  OUTCOMES.map(({ outcome, label }) => ({
    label,
    count: comments.filter((c) => c.outcome === outcome).length,
  }));

export function ResultsTable({
  blocks,
  comments,
}: {
  blocks: ConsultationBlock[];
  comments: CountedComment[];
}) {
  const rows = [...paragraphNumbers(blocks).entries()].map(([index, number]) => {
    const mine = comments.filter((c) => c.paragraph === index);
    return { number, total: mine.length, outcomes: tally(mine) };
  });
  const totals = tally(comments);
  return (
    <section className="rt-card rt-consultation__results" aria-labelledby="results-heading">
      <h2 id="results-heading">What people said, and what we did</h2>
      <p>
        {comments.length === 1 ? 'There is 1 comment' : `There are ${comments.length} comments`} on
        this draft.
      </p>
      <div className="rt-results-pair">
        <div className="rt-table-scroll">
          <table className="rt-consultation__table">
            <caption>Comments on each paragraph and what they led to</caption>
            <thead>
              <tr>
                <th scope="col">Paragraph</th>
                <th scope="col">Comments</th>
                {OUTCOMES.map(({ label }) => (
                  <th key={label} scope="col">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.number}>
                  <th scope="row">Paragraph {row.number}</th>
                  <td>{row.total}</td>
                  {row.outcomes.map((cell) => (
                    <td key={cell.label}>{cell.count}</td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">All paragraphs</th>
                <td>{comments.length}</td>
                {totals.map((total) => (
                  <td key={total.label}>{total.count}</td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
        <BarChart bars={totals} />
      </div>
    </section>
  );
}
