// The answers to a consultation's questions as numbers, one table per question, with the reasons
// people gave when the group reads them.
import {
  hasCounts,
  type QuestionResults,
} from '@roundtable/shared/protocol/consultation-questions';
import type { ConsultationBlock } from '@roundtable/shared/protocol/consultations';
import { BarChart } from './BarChart.tsx';
import { paragraphNumbers } from './words.ts';

export function QuestionResultsTable({
  blocks,
  questions,
}: {
  blocks: ConsultationBlock[];
  questions: QuestionResults[];
}) {
  const counted = questions.filter(hasCounts);
  if (counted.length === 0) return null;
  const numbers = paragraphNumbers(blocks);
  return (
    <section className="rt-card" aria-labelledby="answers-heading">
      <h2 id="answers-heading">Answers to our questions</h2>
      {counted.map((q) => (
        <div key={q.id}>
          <div className="rt-results-pair">
            <div className="rt-table-scroll">
              <table className="rt-consultation__table">
                <caption>
                  Paragraph {numbers.get(q.paragraph) ?? 0}: {q.prompt}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Answer</th>
                    <th scope="col">People</th>
                  </tr>
                </thead>
                <tbody>
                  {q.counts.map((choice) => (
                    <tr key={choice.key}>
                      <th scope="row">{choice.label}</th>
                      <td>{choice.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <BarChart bars={q.counts} />
          </div>
          {q.reasons && q.reasons.length > 0 ? (
            <>
              <h3>Reasons people gave</h3>
              <ul>
                {q.reasons.map((r, index) => (
                  <li key={index}>
                    <strong>{r.answer}:</strong> {r.reason}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ))}
    </section>
  );
}
