// One document in a workspace's list: its title as a link, an "Easy Read" label on an Easy Read
// version, when it last changed, and buttons to rename it or move it to the bin.
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import type { DocumentSummary } from '@roundtable/shared/protocol/documents';
import { BinIcon, Button, PencilIcon, VisuallyHidden, dayAndTimeWords } from '../../ui/index.ts';
import { renameDocument } from './api.ts';
import { RenameForm } from './RenameForm.tsx';

export interface DocumentItemProps {
  document: DocumentSummary;
  /** On an Easy Read version: the title of its full draft, when it is in the same list. */
  easyReadOf?: string | null;
  /** Null when this person may not rename documents here. */
  onRenamed: (() => void) | null;
  /** Null when this person may not move documents to the bin. */
  onMoveToBin: ((document: DocumentSummary) => void) | null;
}

export function DocumentItem({
  document,
  easyReadOf = null,
  onRenamed,
  onMoveToBin,
}: DocumentItemProps) {
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);

  if (renaming) {
    return (
      <li className="rt-doc-item rt-doc-item--editing">
        <RenameForm
          label={`New title for “${document.title}”`}
          initialValue={document.title}
          field="title"
          onSubmit={(title) => renameDocument(document.id, title)}
          onDone={(changed) => {
            setRenaming(false);
            if (changed) onRenamed?.();
            requestAnimationFrame(() => renameButton.current?.focus());
          }}
        />
      </li>
    );
  }

  return (
    <li className="rt-doc-item">
      <div className="rt-doc-item__text">
        <Link className="rt-doc-item__link" to={`/documents/${encodeURIComponent(document.id)}`}>
          {document.title}
        </Link>
        {document.easyReadOf !== null ? (
          <span className="rt-doc-item__meta">
            <span className="rt-tag">Easy Read</span>
            {easyReadOf ? ` The Easy Read version of “${easyReadOf}”` : ''}
          </span>
        ) : null}
        <span className="rt-doc-item__meta">
          Last changed {dayAndTimeWords(document.updatedAt)}
        </span>
      </div>
      <div className="rt-doc-item__actions">
        {onRenamed ? (
          <Button ref={renameButton} icon={<PencilIcon />} onClick={() => setRenaming(true)}>
            Rename <VisuallyHidden>“{document.title}”</VisuallyHidden>
          </Button>
        ) : null}
        {onMoveToBin ? (
          <Button icon={<BinIcon />} onClick={() => onMoveToBin(document)}>
            Move to bin <VisuallyHidden>: “{document.title}”</VisuallyHidden>
          </Button>
        ) : null}
      </div>
    </li>
  );
}
