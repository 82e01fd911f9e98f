// The page for one document: its title, a way back, the name form the first time, and then the
// open document. A document that is gone or in the bin gets a plain explanation instead.
import { useEffect, useId, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { BackIcon, Button, RestoreIcon, VisuallyHidden, usePageTitle } from '../../ui/index.ts';
import { SignedOutNotice, changeMyName, useCan, useMe } from '../access/index.ts';
import { useMayComment } from '../comments/index.ts';
import { EasyReadLinks } from '../easy-read/index.ts';
import { ExportButton } from '../export/index.ts';
import { NameForm, useIdentity, type Identity } from '../presence/index.ts';
import { ReviewState } from '../suggestions/index.ts';
import { restoreDocument } from '../workspaces/index.ts';
import { OpenDocument } from './OpenDocument.tsx';
import { useDocumentDetails } from './useDocumentDetails.ts';
import './editor.css';

export function DocumentPage() {
  const { documentId = '' } = useParams();
  const [details, reload] = useDocumentDetails(documentId);
  const local = useIdentity();
  const { state: me, refresh: refreshMe } = useMe();
  const may = useCan();
  const [restoreError, setRestoreError] = useState<string | null>(null);
  const titleId = useId();
  const nameHeadingId = useId();

  const title =
    details.kind === 'ready' || details.kind === 'in-bin'
      ? details.document.title
      : details.kind === 'missing'
        ? 'Document not found'
        : 'Document';
  usePageTitle(title);

  const profile = me.status === 'signed-in' ? me.me.profile : null;
  const signedInIdentity = useMemo<Identity | null>(
    () => (profile ? { name: profile.name, color: profile.colour, personId: profile.id } : null),
    [profile],
  );
  const { adopt } = local;
  useEffect(() => {
    // Keep a copy on this device, so an offline reload still knows who is typing.
    if (signedInIdentity) adopt(signedInIdentity);
  }, [signedInIdentity, adopt]);
  const identity =
    signedInIdentity ??
    (me.status === 'open' || me.status === 'unreachable' ? local.identity : null);
  const changeName = (name: string) => {
    if (me.status === 'signed-in') void changeMyName(name).then(() => refreshMe());
    else local.setName(name);
  };
  const workspaceId = details.kind === 'ready' ? details.document.workspaceId : undefined;
  const editable = me.status !== 'signed-in' || may('document:edit', workspaceId);
  const canOpen = details.kind === 'ready' || details.kind === 'unreachable';
  const mayComment = useMayComment(workspaceId);
  const commentAuthor = useMemo(
    () => (profile ? { id: profile.id, name: profile.name } : null),
    [profile],
  );

  return (
    <div className="rt-doc-page">
      <Link to="/" className="rt-back-link">
        <BackIcon /> All documents
      </Link>
      <h1 className="rt-page-title rt-doc-page__title" id={titleId} tabIndex={-1}>
        {details.kind === 'loading' ? 'Opening…' : title}
      </h1>

      {details.kind === 'ready' ? (
        <p className="rt-doc-page__links">
          <Link
            className="rt-button rt-button--secondary"
            to={`/documents/${encodeURIComponent(documentId)}/versions`}
          >
            Versions: save, compare or bring back
          </Link>{' '}
          <ExportButton target={{ documentId, name: details.document.title }}>
            Export <VisuallyHidden>“{details.document.title}”</VisuallyHidden>
          </ExportButton>
        </p>
      ) : null}
      {details.kind === 'ready' && me.status === 'signed-in' ? (
        <EasyReadLinks document={details.document} />
      ) : null}
      {details.kind === 'ready' && me.status === 'signed-in' ? (
        <ReviewState documentId={documentId} mayChange={may('document:review', workspaceId)} />
      ) : null}

      {details.kind === 'missing' ? (
        <div className="rt-card rt-problem">
          <p>
            We could not find this document. The address may be wrong, or it may have been deleted.
          </p>
          <p>
            <Link to="/">Go to all workspaces and documents</Link>
          </p>
        </div>
      ) : null}

      {details.kind === 'forbidden' ? (
        <div className="rt-card rt-problem">
          <p>{details.message}</p>
          <p>
            Ask the person who runs this group to invite you.{' '}
            <Link to="/">Go to all workspaces and documents</Link>
          </p>
        </div>
      ) : null}

      {details.kind === 'in-bin' ? (
        <div className="rt-card rt-problem">
          <p>This document is in the bin. Restore it to read or change it.</p>
          {restoreError ? (
            <p className="rt-form-error" role="alert">
              {restoreError}
            </p>
          ) : null}
          <Button
            variant="primary"
            icon={<RestoreIcon />}
            onClick={() => {
              void restoreDocument(details.document.id).then((result) => {
                if (result.ok) reload();
                else setRestoreError(result.problem.message);
              });
            }}
          >
            Restore this document
          </Button>
        </div>
      ) : null}

      {me.status === 'signed-out' ? <SignedOutNotice /> : null}

      {canOpen && me.status !== 'signed-out' && me.status !== 'loading' && !identity ? (
        <section className="rt-card rt-name-card" aria-labelledby={nameHeadingId}>
          <h2 id={nameHeadingId}>What should we call you?</h2>
          <p>We will remember your name on this device, so we only ask once.</p>
          <NameForm submitLabel="Join the document" onSubmit={local.setName} />
        </section>
      ) : null}

      {canOpen && identity ? (
        <OpenDocument
          documentId={documentId}
          identity={identity}
          onChangeName={changeName}
          titleId={titleId}
          mayEdit={editable}
          workspaceId={workspaceId}
          me={profile?.id ?? null}
          commentAuthor={commentAuthor}
          mayComment={mayComment}
          easyReadOf={details.kind === 'ready' ? details.document.easyReadOf : null}
        />
      ) : null}
    </div>
  );
}
