// The answers to a consultation's questions as numbers in a table, with the reasons people gave
// when the group reads them.
import type { QuestionResults } from '@roundtable/shared/protocol/consultation-questions';
import type { ConsultationBlock } from '@roundtable/shared/protocol/consultations';
import { answerWords, paragraphNumbers } from './words.ts';

export function QuestionResultsTable({
  blocks,
  questions,
}: {
  blocks: ConsultationBlock[];
  questions: QuestionResults[];
}) {
  if (questions.length === 0) return null;
  const numbers = paragraphNumbers(blocks);
  const withReasons = questions.filter((q) => q.reasons && q.reasons.length > 0);
  return (
    <section className="rt-card" aria-labelledby="answers-heading">
      <h2 id="answers-heading">Answers to our questions</h2>
      <div className="rt-table-scroll">
        <table className="rt-consultation__table">
          <caption>How many people agreed with each paragraph</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">{answerWords.agree}</th>
              <th scope="col">{answerWords.disagree}</th>
              <th scope="col">{answerWords.unsure}</th>
            </tr>
          </thead>
          <tbody>
            {questions.map((q) => (
              <tr key={q.id}>
                <th scope="row">
                  Paragraph {numbers.get(q.paragraph) ?? 0}: {q.prompt}
                </th>
                <td>{q.counts.agree}</td>
                <td>{q.counts.disagree}</td>
                <td>{q.counts.unsure}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {withReasons.map((q) => (
        <div key={q.id}>
          <h3>Reasons given: {q.prompt}</h3>
          <ul>
            {q.reasons?.map((r, index) => (
              <li key={index}>
                <strong>{answerWords[r.answer]}:</strong> {r.reason}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
