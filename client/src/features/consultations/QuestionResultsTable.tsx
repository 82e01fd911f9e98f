// The answers to a consultation's questions as numbers, one table per question, with the reasons
// people gave when the group reads them (a facilitator may remove one: it may name someone).
import {
  hasCounts,
  type QuestionResults,
} from '@roundtable/shared/protocol/consultation-questions';
import type { ConsultationBlock } from '@roundtable/shared/protocol/consultations';
import { useState } from 'react';
import { Button } from '../../ui/index.ts';
import { BarChart } from './BarChart.tsx';
import { paragraphNumbers } from './words.ts';

/** For facilitators: removes a reason (the answer still counts). */
export interface ReasonRemoving {
  remove: (questionId: string, answerId: string) => Promise<void>;
}

function RemoveReasonButton({ onRemove, about }: { onRemove: () => Promise<void>; about: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="secondary"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void onRemove().finally(() => setBusy(false));
      }}
    >
      Remove this reason <span className="rt-visually-hidden">({about})</span>
    </Button>
  );
}

export function QuestionResultsTable({
  blocks,
  questions,
  removing,
}: {
  blocks: ConsultationBlock[];
  questions: QuestionResults[];
  removing?: ReasonRemoving | undefined;
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
              <h3 className="rt-consultation__reasons-title">Reasons people gave</h3>
              <ul className="rt-consultation__reasons">
                {q.reasons.map((r) => (
                  <li key={r.id}>
                    <strong>{r.answer}:</strong> {r.reason}{' '}
                    {removing ? (
                      <RemoveReasonButton
                        onRemove={() => removing.remove(q.id, r.id)}
                        about={`the reason "${r.reason.slice(0, 40)}"`}
                      />
                    ) : null}
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
