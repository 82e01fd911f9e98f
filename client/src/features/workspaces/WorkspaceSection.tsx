// One workspace on the start page: its name (which can be changed), its documents, a form to
// start a new one, and its bin.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { DocumentSummary } from '@roundtable/shared/protocol/documents';
import type { Workspace } from '@roundtable/shared/protocol/workspaces';
import {
  BinIcon,
  Button,
  PencilIcon,
  RestoreIcon,
  VisuallyHidden,
  useAnnouncer,
} from '../../ui/index.ts';
import {
  createDocument,
  listDocuments,
  moveDocumentToBin,
  renameWorkspace,
  restoreDocument,
} from './api.ts';
import { useCan } from '../access/index.ts';
// Straight from its file: the recruiting pages load only when opened.
import { JoinRequestsLink } from '../recruiting/JoinRequestsLink.tsx';
import { BinList } from './BinList.tsx';
import { CreateForm } from './CreateForm.tsx';
import { DocumentItem } from './DocumentItem.tsx';
import { RenameForm } from './RenameForm.tsx';

type Loaded<T> =
  { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; items: T };

interface BinNotice {
  document: DocumentSummary;
}

export interface WorkspaceSectionProps {
  workspace: Workspace;
  /** Just made by this person: put the cursor in "Title" so they can start a document. */
  justCreated?: boolean;
  onRenamed: () => void;
}

export function WorkspaceSection({
  workspace,
  justCreated = false,
  onRenamed,
}: WorkspaceSectionProps) {
  const headingId = useId();
  const binId = useId();
  const navigate = useNavigate();
  const { announce } = useAnnouncer();
  const [documents, setDocuments] = useState<Loaded<DocumentSummary[]>>({ kind: 'loading' });
  const [binOpen, setBinOpen] = useState(false);
  const [bin, setBin] = useState<DocumentSummary[] | null>(null);
  const [binError, setBinError] = useState<string | null>(null);
  const [renaming, setRenaming] = useState(false);
  const [notice, setNotice] = useState<BinNotice | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const may = useCan();
  const mayRename = may('workspace:rename', workspace.id);
  const mayBin = may('document:bin', workspace.id);
  const mayCreate = may('document:create', workspace.id);
  const mayRenameDocuments = may('document:rename', workspace.id);

  const loadDocuments = useCallback(async () => {
    const result = await listDocuments(workspace.id);
    setDocuments(
      result.ok
        ? { kind: 'ready', items: result.data }
        : { kind: 'failed', message: result.problem.message },
    );
  }, [workspace.id]);

  const loadBin = useCallback(async () => {
    const result = await listDocuments(workspace.id, { bin: true });
    if (result.ok) {
      setBin(result.data);
      setBinError(null);
    } else {
      setBinError(result.problem.message);
    }
  }, [workspace.id]);

  useEffect(() => {
    void loadDocuments();
  }, [loadDocuments]);

  useEffect(() => {
    if (binOpen) void loadBin();
  }, [binOpen, loadBin]);

  const refresh = async () => {
    await Promise.all([loadDocuments(), binOpen ? loadBin() : Promise.resolve()]);
  };

  const moveToBin = async (document: DocumentSummary) => {
    setActionError(null);
    const result = await moveDocumentToBin(document.id);
    if (!result.ok) {
      setActionError(result.problem.message);
      return;
    }
    setNotice({ document });
    await refresh();
    noticeRef.current?.focus();
  };

  const restore = async (document: DocumentSummary) => {
    setActionError(null);
    const result = await restoreDocument(document.id);
    if (!result.ok) {
      setActionError(result.problem.message);
      return;
    }
    setNotice(null);
    announce(`“${document.title}” is back in ${workspace.name}.`);
    await refresh();
  };

  return (
    <section className="rt-card rt-workspace" aria-labelledby={headingId}>
      {renaming ? (
        <RenameForm
          label="New name for this workspace"
          initialValue={workspace.name}
          field="name"
          onSubmit={(name) => renameWorkspace(workspace.id, name)}
          onDone={(changed) => {
            setRenaming(false);
            if (changed) onRenamed();
            requestAnimationFrame(() => renameButton.current?.focus());
          }}
        />
      ) : null}
      <div className="rt-workspace__header" hidden={renaming}>
        <h2 className="rt-workspace__name" id={headingId}>
          {workspace.name}
        </h2>
        {mayRename ? (
          <Button ref={renameButton} icon={<PencilIcon />} onClick={() => setRenaming(true)}>
            Rename workspace <VisuallyHidden>“{workspace.name}”</VisuallyHidden>
          </Button>
        ) : null}
      </div>

      {notice ? (
        <div className="rt-notice" role="status" tabIndex={-1} ref={noticeRef}>
          <p>“{notice.document.title}” is in the bin. You can restore it for 30 days.</p>
          <Button icon={<RestoreIcon />} onClick={() => void restore(notice.document)}>
            Restore <VisuallyHidden>“{notice.document.title}”</VisuallyHidden>
          </Button>
        </div>
      ) : null}
      {actionError ? (
        <p className="rt-form-error" role="alert">
          {actionError}
        </p>
      ) : null}

      <p>
        <Link to={`/workspaces/${encodeURIComponent(workspace.id)}/meetings`}>
          Meetings <VisuallyHidden>of “{workspace.name}”</VisuallyHidden>
        </Link>
      </p>
      <p>
        <Link to={`/workspaces/${encodeURIComponent(workspace.id)}/members`}>
          {may('workspace:manage-members', workspace.id) ? 'Members and invites' : 'Members'}{' '}
          <VisuallyHidden>of “{workspace.name}”</VisuallyHidden>
        </Link>
      </p>
      <p>
        <Link to={`/workspaces/${encodeURIComponent(workspace.id)}/hard-words`}>
          Hard words <VisuallyHidden>of “{workspace.name}”</VisuallyHidden>
        </Link>
      </p>
      {may('workspace:recruit', workspace.id) ? (
        <JoinRequestsLink workspaceId={workspace.id} name={workspace.name} />
      ) : null}
      <p>
        <Link to={`/workspaces/${encodeURIComponent(workspace.id)}/consultations`}>
          Consultations <VisuallyHidden>of “{workspace.name}”</VisuallyHidden>
        </Link>
      </p>
      <h3 className="rt-workspace__subheading">Documents</h3>
      {documents.kind === 'loading' ? <p className="rt-muted">Loading documents…</p> : null}
      {documents.kind === 'failed' ? (
        <div className="rt-form-error" role="alert">
          <p>{documents.message}</p>
          <Button onClick={() => void loadDocuments()}>Try again</Button>
        </div>
      ) : null}
      {documents.kind === 'ready' && documents.items.length === 0 ? (
        <p className="rt-empty">
          {mayCreate
            ? 'There are no documents here yet. Write a title below to start the first one.'
            : 'There are no documents here yet.'}
        </p>
      ) : null}
      {documents.kind === 'ready' && documents.items.length > 0 ? (
        <ul className="rt-doc-list">
          {documents.items.map((document) => (
            <DocumentItem
              key={document.id}
              document={document}
              easyReadOf={
                documents.items.find((draft) => draft.id === document.easyReadOf)?.title ?? null
              }
              onRenamed={mayRenameDocuments ? () => void refresh() : null}
              onMoveToBin={mayBin ? (doc) => void moveToBin(doc) : null}
            />
          ))}
        </ul>
      ) : null}

      {mayCreate ? (
        <CreateForm
          heading={
            <>
              Start a new document <VisuallyHidden>in “{workspace.name}”</VisuallyHidden>
            </>
          }
          headingLevel={3}
          label="Title"
          hint="For example: Learning Disability Strategy"
          submitLabel="Create document"
          field="title"
          autoFocus={justCreated}
          onSubmit={(title) => createDocument({ workspaceId: workspace.id, title })}
          onCreated={(created) => void navigate(`/documents/${encodeURIComponent(created.id)}`)}
        />
      ) : null}

      {mayBin ? (
        <div className="rt-bin">
          <Button
            className="rt-bin__toggle"
            aria-expanded={binOpen}
            aria-controls={binId}
            icon={<BinIcon />}
            onClick={() => setBinOpen((open) => !open)}
          >
            {binOpen ? 'Hide the bin' : 'Show the bin'}{' '}
            <VisuallyHidden>of “{workspace.name}”</VisuallyHidden>
          </Button>
          <div id={binId} hidden={!binOpen} className="rt-bin__content">
            {binOpen ? (
              <>
                <h3 className="rt-workspace__subheading">Bin</h3>
                <BinList documents={bin} error={binError} onRestore={(doc) => void restore(doc)} />
              </>
            ) : null}
          </div>
        </div>
      ) : null}
    </section>
  );
}
