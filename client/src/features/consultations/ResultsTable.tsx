// What came of a consultation, as numbers in a table: for each paragraph, how many comments
// were published and what they led to.
import type { ConsultationBlock, PublicComment } from '@roundtable/shared/protocol/consultations';
import { BarChart } from './BarChart.tsx';
import { paragraphNumbers } from './words.ts';

export function ResultsTable({
  blocks,
  comments,
}: {
  blocks: ConsultationBlock[];
  comments: Pick<PublicComment, 'paragraph' | 'outcome'>[];
}) {
  const numbers = paragraphNumbers(blocks);
  const rows = [...numbers.entries()].map(([index, number]) => {
    const mine = comments.filter((c) => c.paragraph === index);
    const count = (outcome: PublicComment['outcome']) =>
      mine.filter((c) => c.outcome === outcome).length;
    return {
      number,
      total: mine.length,
      changed: count('changed'),
      covered: count('covered'),
      notTaken: count('not-taken'),
      open: count(null),
    };
  });
  const all = (outcome: PublicComment['outcome']) =>
    comments.filter((c) => c.outcome === outcome).length;
  const totals = [
    { label: 'Changed the draft', count: all('changed') },
    { label: 'Already covered', count: all('covered') },
    { label: 'Not taken forward', count: all('not-taken') },
    { label: 'Not decided yet', count: all(null) },
  ];
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
                <th scope="col">Changed the draft</th>
                <th scope="col">Already covered</th>
                <th scope="col">Not taken forward</th>
                <th scope="col">Not decided yet</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.number}>
                  <th scope="row">Paragraph {row.number}</th>
                  <td>{row.total}</td>
                  <td>{row.changed}</td>
                  <td>{row.covered}</td>
                  <td>{row.notTaken}</td>
                  <td>{row.open}</td>
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
