// One saved version in the list: who saved it and when, whether the group agreed it, and the
// buttons for it (view, compare, export, restore, rename, delete, ask the group to agree it).
import { Link } from 'react-router';
import type { VersionSummary } from '@roundtable/shared/protocol/documents';
import type { ProposalSummary } from '@roundtable/shared/protocol/proposals';
import {
  BinIcon,
  Button,
  CompareIcon,
  DownloadIcon,
  EyeIcon,
  HistoryIcon,
  PencilIcon,
  RestoreIcon,
  TickIcon,
  VisuallyHidden,
} from '../../ui/index.ts';
import type { ExportTarget } from '../export/index.ts';
import { AgreedBadge } from './AgreedBadge.tsx';
import { ProposeForm } from './ProposeForm.tsx';
import type { Shown } from './VersionViewer.tsx';
import { dayWords, savedByWords, whenWords } from './words.ts';

const DRAFT = 'draft';

export interface VersionItemProps {
  documentId: string;
  version: VersionSummary;
  myName: (userId: string) => string | null;
  mayEdit: boolean;
  mayDelete: boolean;
  /** May ask the group to agree a version now (no question is open). */
  mayAskNow: boolean;
  /** The group is being asked to agree this version. */
  beingAsked: boolean;
  /** The form asking the group to agree this version is open. */
  proposing: boolean;
  onShow: (shown: Shown) => void;
  onExport: (target: ExportTarget) => void;
  onRestore: () => void;
  onRename: () => void;
  onDelete: () => void;
  onProposing: (open: boolean) => void;
  onProposed: (proposal: ProposalSummary) => void;
  /** Where a facilitator publishes this version for public comment; absent for others. */
  consultHref?: string | undefined;
}

export function VersionItem({
  documentId,
  version,
  myName,
  mayEdit,
  mayDelete,
  mayAskNow,
  beingAsked,
  proposing,
  onShow,
  onExport,
  onRestore,
  onRename,
  onDelete,
  onProposing,
  onProposed,
  consultHref,
}: VersionItemProps) {
  return (
    <li className="rt-version" data-testid="version">
      <h3 className="rt-version__name">{version.name}</h3>
      {version.agreement ? <AgreedBadge version={version} /> : null}
      <p className="rt-version__saved">
        <HistoryIcon /> {savedByWords(version, myName)} {whenWords(version.createdAt)}.
      </p>
      <div className="rt-version__actions">
        <Button icon={<EyeIcon />} onClick={() => onShow({ kind: 'view', versionId: version.id })}>
          View <VisuallyHidden>“{version.name}”</VisuallyHidden>
        </Button>
        <Button
          icon={<CompareIcon />}
          onClick={() => onShow({ kind: 'compare', from: version.id, to: DRAFT })}
        >
          Compare with the draft now <VisuallyHidden>: “{version.name}”</VisuallyHidden>
        </Button>
        <Button
          icon={<DownloadIcon />}
          onClick={() =>
            onExport({
              documentId,
              name: version.name,
              versionId: version.id,
              agreedOn: version.agreement ? dayWords(version.agreement.agreedAt) : null,
            })
          }
        >
          Export <VisuallyHidden>“{version.name}”</VisuallyHidden>
        </Button>
        {consultHref ? (
          <Link className="rt-button" to={consultHref}>
            Ask the public about this version <VisuallyHidden>: “{version.name}”</VisuallyHidden>
          </Link>
        ) : null}
        {mayEdit ? (
          <Button icon={<RestoreIcon />} onClick={onRestore}>
            Restore <VisuallyHidden>“{version.name}”</VisuallyHidden>
          </Button>
        ) : null}
        {mayEdit && !version.agreement ? (
          <Button icon={<PencilIcon />} onClick={onRename}>
            Rename <VisuallyHidden>“{version.name}”</VisuallyHidden>
          </Button>
        ) : null}
        {mayDelete && !version.agreement ? (
          <Button icon={<BinIcon />} variant="danger" onClick={onDelete}>
            Delete <VisuallyHidden>“{version.name}”</VisuallyHidden>
          </Button>
        ) : null}
      </div>
      {version.agreement ? (
        <p className="rt-muted rt-version__frozen">
          An agreed version cannot be renamed or deleted.
        </p>
      ) : null}
      {beingAsked ? (
        <p className="rt-version__frozen">The group is being asked to agree this version.</p>
      ) : null}
      {mayAskNow && !version.agreement ? (
        proposing ? (
          <ProposeForm
            version={version}
            onCancel={() => onProposing(false)}
            onProposed={onProposed}
          />
        ) : (
          <div className="rt-version__actions rt-version__propose">
            <Button icon={<TickIcon />} onClick={() => onProposing(true)}>
              Ask the group to agree this version{' '}
              <VisuallyHidden>: “{version.name}”</VisuallyHidden>
            </Button>
          </div>
        )
      ) : null}
    </li>
  );
}
