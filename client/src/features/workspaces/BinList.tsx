// The bin of one workspace: documents moved there are kept for 30 days and can be restored.
import type { DocumentSummary } from '@roundtable/shared/protocol/documents';
import { BIN_RETENTION_DAYS } from '@roundtable/shared/protocol/documents';
import { Button, RestoreIcon, VisuallyHidden, binKeptUntil, dayWords } from '../../ui/index.ts';

export interface BinListProps {
  documents: DocumentSummary[] | null;
  error: string | null;
  onRestore: (document: DocumentSummary) => void;
}

export function BinList({ documents, error, onRestore }: BinListProps) {
  if (error) {
    return (
      <p className="rt-form-error" role="alert">
        {error}
      </p>
    );
  }
  if (!documents) return <p className="rt-muted">Opening the bin…</p>;
  if (documents.length === 0) {
    return (
      <p className="rt-empty">
        The bin is empty. Documents you move to the bin stay here for {BIN_RETENTION_DAYS} days, so
        you can bring them back.
      </p>
    );
  }
  return (
    <ul className="rt-doc-list rt-doc-list--bin">
      {documents.map((document) => (
        <li key={document.id} className="rt-doc-item">
          <div className="rt-doc-item__text">
            <span className="rt-doc-item__title">{document.title}</span>
            {document.deletedAt ? (
              <span className="rt-doc-item__meta">
                Moved to the bin on {dayWords(document.deletedAt)}. You can restore it until{' '}
                {binKeptUntil(document.deletedAt)}.
              </span>
            ) : null}
          </div>
          <div className="rt-doc-item__actions">
            <Button icon={<RestoreIcon />} onClick={() => onRestore(document)}>
              Restore <VisuallyHidden>“{document.title}”</VisuallyHidden>
            </Button>
          </div>
        </li>
      ))}
    </ul>
  );
}
