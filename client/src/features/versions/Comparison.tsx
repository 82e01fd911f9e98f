// Two drafts compared: a summary in words, a key, and every paragraph with added words
// underlined and removed words struck through (WordChanges.tsx).
import { summarize, type BlockChange, type Comparison as ComparisonResult } from './diff.ts';
import { Added, Removed, WordChanges, WordChangesKey } from './WordChanges.tsx';

function Block({ change }: { change: BlockChange }) {
  const className = `rt-diff__block rt-diff__block--${change.block.kind} rt-diff__block--${change.kind}`;
  switch (change.kind) {
    case 'same':
      return <p className={className}>{change.block.text || '\u00a0'}</p>;
    case 'added':
      return (
        <p className={className}>
          <span className="rt-diff__tag">New paragraph</span> <Added>{change.block.text}</Added>
        </p>
      );
    case 'removed':
      return (
        <p className={className}>
          <span className="rt-diff__tag">Removed paragraph</span>{' '}
          <Removed>{change.block.text}</Removed>
        </p>
      );
    case 'edited':
      return (
        <p className={className}>
          <span className="rt-diff__tag">Changed</span> <WordChanges parts={change.parts} />
        </p>
      );
    default: {
      const unreachable: never = change;
      return unreachable;
    }
  }
}

export function ComparisonView({ comparison }: { comparison: ComparisonResult }) {
  const unchanged = comparison.added + comparison.removed + comparison.edited === 0;
  const hasWords = comparison.changes.some((change) => change.block.text.trim() !== '');
  return (
    <div className="rt-diff" data-testid="comparison">
      <p className="rt-diff__summary" data-testid="comparison-summary">
        {summarize(comparison)}
      </p>
      {unchanged ? null : <WordChangesKey />}
      {hasWords ? (
        <div className="rt-diff__text">
          {comparison.changes.map((change, index) => (
            <Block key={index} change={change} />
          ))}
        </div>
      ) : (
        <p className="rt-muted">There are no words in either of them yet.</p>
      )}
    </div>
  );
}
