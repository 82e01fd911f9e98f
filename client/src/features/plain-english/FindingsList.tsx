// The panel's list of what the helper found, grouped by paragraph, each with "Show in text".
// A long document can have many; the list shows them a few paragraphs at a time.
import { useId, useState } from 'react';
import { Button } from '../../ui/index.ts';
import type { Finding } from './analysis/index.ts';
import { previewOf, type BlockView } from './editor/document-view.ts';

const PARAGRAPHS_AT_A_TIME = 20;

export interface FindingsListProps {
  blocks: readonly BlockView[];
  onShow: (block: BlockView, finding: Finding) => void;
}

export function FindingsList({ blocks, onShow }: FindingsListProps) {
  const listId = useId();
  const [shown, setShown] = useState(PARAGRAPHS_AT_A_TIME);
  const withFindings = blocks.filter((block) => block.findings.length > 0);
  if (withFindings.length === 0) return null;
  const more = withFindings.length - shown;
  return (
    <>
      <ol className="rt-plain__blocks" aria-label="What the check found, by paragraph">
        {withFindings.slice(0, shown).map((block) => (
          <li key={`${block.index}:${block.text}`} className="rt-plain__block">
            <h3 className="rt-plain__block-title" id={`${listId}-${block.index}`}>
              {block.label}
              <span className="rt-plain__preview"> (“{previewOf(block.text)}”)</span>
            </h3>
            <ul className="rt-plain__findings" aria-labelledby={`${listId}-${block.index}`}>
              {block.findings.map((finding, at) => {
                const id = `${listId}-${block.index}-${at}`;
                return (
                  <li
                    key={`${finding.kind}:${finding.from}`}
                    className={`rt-plain__finding${finding.hint ? ' rt-plain__finding--hint' : ''}`}
                  >
                    <p id={id} className="rt-plain__words">
                      <strong>{finding.message}</strong> {finding.advice}
                    </p>
                    <Button
                      variant="quiet"
                      className="rt-plain__show"
                      aria-describedby={id}
                      onClick={() => onShow(block, finding)}
                    >
                      Show in text
                    </Button>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
      {more > 0 ? (
        <Button onClick={() => setShown((count) => count + PARAGRAPHS_AT_A_TIME)}>
          Show {Math.min(more, PARAGRAPHS_AT_A_TIME)} more paragraphs
        </Button>
      ) : null}
    </>
  );
}
