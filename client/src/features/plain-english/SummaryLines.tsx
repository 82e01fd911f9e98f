// The summary of a document in words: "12 of 40 sentences are long", then the other counts.
import type { DocumentSummary } from './analysis/index.ts';
import { otherLines, sentencesLine } from './analysis/index.ts';

export function SummaryLines({ summary }: { summary: DocumentSummary }) {
  const others = otherLines(summary);
  return (
    <div className="rt-plain__summary">
      <p className="rt-plain__sentences">{sentencesLine(summary)}</p>
      {others.length > 0 ? (
        <ul className="rt-plain__counts">
          {others.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
