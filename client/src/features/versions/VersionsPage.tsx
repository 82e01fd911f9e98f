// The versions of one document: save the draft as a named version, see the list (who saved
// each, when, and whether the group agreed it), and for each one look at it, compare it, bring
// it back, rename or delete it. What is shown (a version, or a comparison) is in the address,
// so the browser's Back button and a shared link both work.
import { useId, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { VersionSummary } from '@roundtable/shared/protocol/documents';
import type { ProposalSummary } from '@roundtable/shared/protocol/proposals';
import { BackIcon, Button, CompareIcon, useAnnouncer, usePageTitle } from '../../ui/index.ts';
import { useCan, useMe } from '../access/index.ts';
import { ExportDialog, type ExportTarget } from '../export/index.ts';
import { useMemberNames } from '../members/index.ts';
import { useHardWords } from '../hard-words/index.ts';
import { useDocument } from '../workspaces/index.ts';
import { DeleteDialog, RenameDialog, RestoreDialog, SaveVersionForm } from './VersionDialogs.tsx';
import { ProposalCard } from './ProposalCard.tsx';
import { closingWords, decidedWords } from './proposal-words.ts';
import { useProposals, type ProposalChanges } from './useProposals.ts';
import { VersionItem } from './VersionItem.tsx';
import { VersionViewer, type Shown } from './VersionViewer.tsx';
import { useVersions } from './useVersions.ts';
import { whenWords } from './words.ts';
import './versions.css';

export const DRAFT = 'draft';

function shownFrom(params: URLSearchParams): Shown | null {
  const view = params.get('view');
  if (view) return { kind: 'view', versionId: view };
  const from = params.get('compare');
  if (from) return { kind: 'compare', from, to: params.get('with') ?? DRAFT };
  return null;
}

export function VersionsPage() {
  const { documentId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { data: details } = useDocument(documentId);
  const title = details?.ok ? details.data.title : null;
  const workspaceId = details?.ok ? details.data.workspaceId : undefined;
  const workspaceWords = useHardWords(workspaceId);
  const easyRead = details?.ok === true && details.data.easyReadOf !== null;
  const problem = details && !details.ok ? details.problem.message : null;
  const [versionsState, reload] = useVersions(documentId);
  const names = useMemberNames(workspaceId);
  const { state: me } = useMe();
  const may = useCan();
  const { announce } = useAnnouncer();
  const [restoring, setRestoring] = useState<VersionSummary | null>(null);
  const [renaming, setRenaming] = useState<VersionSummary | null>(null);
  const [deleting, setDeleting] = useState<VersionSummary | null>(null);
  const [exporting, setExporting] = useState<ExportTarget | null>(null);
  const [proposing, setProposing] = useState<VersionSummary | null>(null);
  const listHeadingId = useId();
  const proposalsHeadingId = useId();
  const proposalsHeading = useRef<HTMLHeadingElement>(null);
  usePageTitle(title ? `Versions: ${title}` : 'Versions');

  const mayEdit = me.status !== 'signed-in' || may('document:edit', workspaceId);
  const mayDelete = me.status !== 'signed-in' || may('document:bin', workspaceId);
  const mayPropose = me.status !== 'signed-in' || may('agreement:propose', workspaceId);
  const mayTakePart = me.status !== 'signed-in' || may('meeting:take-part', workspaceId);
  const versions = versionsState.kind === 'ready' ? versionsState.versions : [];
  const versionName = (versionId: string) =>
    versions.find((v) => v.id === versionId)?.name ?? 'a saved version';
  const lastAgreed = versions.find((v) => v.agreement !== null) ?? null;
  const shown = shownFrom(params);
  const [focusRequest, setFocusRequest] = useState(0);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const setShown = (next: Shown | null) => {
    if (!next) setParams({});
    else if (next.kind === 'view') setParams({ view: next.versionId });
    else setParams({ compare: next.from, with: next.to });
  };
  /** Shows a version or a comparison and moves focus to it. */
  const show = (next: Shown) => {
    setFocusRequest((n) => n + 1);
    setShown(next);
  };
  const myName = (userId: string) =>
    me.status === 'signed-in' && me.me.profile.id === userId ? 'you' : (names.get(userId) ?? null);

  const announceProposals = ({ opened, decided }: ProposalChanges) => {
    for (const proposal of opened) {
      const who = myName(proposal.proposedBy) ?? 'someone';
      announce(
        `${who === 'you' ? 'You' : who} asked the group to agree “${versionName(proposal.versionId)}”. ${closingWords(proposal)}.`,
      );
    }
    for (const proposal of decided)
      announce(decidedWords(proposal, versionName(proposal.versionId)));
    if (decided.some((proposal) => proposal.state === 'agreed')) reload();
  };
  const [proposalsState, reloadProposals] = useProposals(documentId, announceProposals);
  const proposals = proposalsState.kind === 'ready' ? proposalsState.proposals : [];
  const openProposals = proposals.filter((p) => p.state === 'open');
  const closedProposals = proposals.filter((p) => p.state !== 'open');
  const afterProposalChange = (proposal: ProposalSummary) => {
    reloadProposals();
    if (proposal.state !== 'open') proposalsHeading.current?.focus();
  };

  return (
    <div className="rt-versions-page">
      <Link to={`/documents/${encodeURIComponent(documentId)}`} className="rt-back-link">
        <BackIcon /> Back to the document
      </Link>
      <h1 className="rt-page-title" tabIndex={-1}>
        Versions{title ? `: ${title}` : ''}
      </h1>
      <p className="rt-versions-intro">
        A version is a copy of the document at one moment. You can look at an old version, see what
        changed, or bring it back.
      </p>
      {problem ? (
        <p className="rt-form-error" role="alert">
          {problem}
        </p>
      ) : null}

      {shown ? (
        <VersionViewer
          documentId={documentId}
          shown={shown}
          versions={versions}
          onShow={setShown}
          focusRequest={focusRequest}
          plainEnglish={{ easyRead, workspaceWords }}
          onClose={() => {
            setShown(null);
            listHeading.current?.focus();
          }}
        />
      ) : null}

      <div className="rt-versions-tools">
        {mayEdit ? (
          <SaveVersionForm
            documentId={documentId}
            onSaved={(version) => {
              announce(`Saved the version “${version.name}”.`);
              reload();
            }}
          />
        ) : null}
        <section className="rt-card rt-versions-agreed" aria-labelledby={`${listHeadingId}-agreed`}>
          <h2 id={`${listHeadingId}-agreed`}>Since we last agreed</h2>
          {lastAgreed ? (
            <p>
              The group last agreed “{lastAgreed.name}”
              {lastAgreed.agreement ? ` ${whenWords(lastAgreed.agreement.agreedAt)}` : ''}.
            </p>
          ) : (
            <p id={`${listHeadingId}-none`}>
              The group has not agreed a version yet, so there is nothing to compare with.
            </p>
          )}
          <Button
            icon={<CompareIcon />}
            aria-disabled={lastAgreed ? undefined : true}
            aria-describedby={lastAgreed ? undefined : `${listHeadingId}-none`}
            onClick={() => {
              if (lastAgreed) show({ kind: 'compare', from: lastAgreed.id, to: DRAFT });
            }}
          >
            What changed since we last agreed
          </Button>
        </section>
      </div>

      <section className="rt-proposals" aria-labelledby={proposalsHeadingId}>
        <h2 id={proposalsHeadingId} ref={proposalsHeading} tabIndex={-1}>
          Agreeing between meetings
        </h2>
        <p className="rt-versions-intro">
          A facilitator can ask the group to agree a saved version by a closing date. Everyone in
          the group can answer here until then. The group’s agreement rule decides.
        </p>
        {proposalsState.kind === 'problem' ? (
          <p className="rt-form-error" role="alert">
            {proposalsState.message}
          </p>
        ) : null}
        {proposalsState.kind === 'ready' && openProposals.length === 0 ? (
          <p className="rt-muted">The group is not being asked to agree a version right now.</p>
        ) : null}
        {[...openProposals, ...closedProposals].map((proposal) => (
          <ProposalCard
            key={proposal.id}
            proposal={proposal}
            versionName={versionName(proposal.versionId)}
            nameOf={myName}
            mayTakePart={mayTakePart}
            mayWithdraw={mayPropose}
            onChanged={afterProposalChange}
          />
        ))}
      </section>

      <section aria-labelledby={listHeadingId}>
        <h2 id={listHeadingId} ref={listHeading} tabIndex={-1}>
          Saved versions
        </h2>
        {versionsState.kind === 'loading' ? (
          <p className="rt-muted">Loading the versions…</p>
        ) : null}
        {versionsState.kind === 'problem' ? (
          <p className="rt-form-error" role="alert">
            {versionsState.message}
          </p>
        ) : null}
        {versionsState.kind === 'ready' && versions.length === 0 ? (
          <p className="rt-muted">No versions yet. Save one to keep the draft as it is now.</p>
        ) : null}
        <ul className="rt-version-list">
          {versions.map((version) => (
            <VersionItem
              key={version.id}
              documentId={documentId}
              version={version}
              myName={myName}
              mayEdit={mayEdit}
              mayDelete={mayDelete}
              mayAskNow={mayPropose && openProposals.length === 0}
              beingAsked={openProposals.some((p) => p.versionId === version.id)}
              proposing={proposing?.id === version.id}
              onShow={show}
              onExport={setExporting}
              onRestore={() => setRestoring(version)}
              onRename={() => setRenaming(version)}
              onDelete={() => setDeleting(version)}
              onProposing={(open) => setProposing(open ? version : null)}
              consultHref={
                workspaceId && may('consultation:run', workspaceId)
                  ? `/workspaces/${workspaceId}/consultations?version=${version.id}`
                  : undefined
              }
              onProposed={() => {
                setProposing(null);
                reloadProposals();
                proposalsHeading.current?.focus();
              }}
            />
          ))}
        </ul>
      </section>

      <ExportDialog target={exporting} onClose={() => setExporting(null)} />
      <RestoreDialog
        version={restoring}
        onClose={() => setRestoring(null)}
        onRestored={(version, kept) => {
          setRestoring(null);
          announce(
            `Restored “${version.name}”. The draft as it was is kept as the version “${kept.name}”.`,
          );
          reload();
        }}
      />
      <RenameDialog
        version={renaming}
        onClose={() => setRenaming(null)}
        onRenamed={(version) => {
          setRenaming(null);
          announce(`Renamed the version to “${version.name}”.`);
          reload();
        }}
      />
      <DeleteDialog
        version={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={(version) => {
          setDeleting(null);
          announce(`Deleted the version “${version.name}”.`);
          if (
            shown &&
            (shown.kind === 'view' ? [shown.versionId] : [shown.from, shown.to]).includes(
              version.id,
            )
          ) {
            setShown(null);
          }
          reload();
        }}
      />
    </div>
  );
}
