// /workspaces/:workspaceId/consultations: the workspace's consultations, open and closed; with
// `?version=<id>`, a facilitator publishes that version for public comment.
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { queryKeys } from '../../app/query-keys.ts';
import { BackIcon, usePageTitle } from '../../ui/index.ts';
import { SignedOutNotice, useCan, useMe } from '../access/index.ts';
import { SettingCheckbox } from '../comments/index.ts';
import { useWorkspace } from '../workspaces/index.ts';
import { listConsultations } from './api.ts';
import { PublishForm } from './PublishForm.tsx';
import { statusWords } from './words.ts';
import './consultations.css';

export function ConsultationsPage() {
  const { workspaceId = '' } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const { state: me } = useMe();
  const may = useCan();
  const signedIn = me.status === 'signed-in' || me.status === 'open';
  const { data: workspace } = useWorkspace(workspaceId, signedIn);
  const workspaceName = workspace?.ok ? workspace.data.name : null;
  usePageTitle(workspaceName ? `Consultations: ${workspaceName}` : 'Consultations');
  const { data: result } = useQuery({
    queryKey: queryKeys.consultations(workspaceId),
    queryFn: () => listConsultations(workspaceId),
    enabled: signedIn,
  });
  const versionId = search.get('version');
  const runs = may('consultation:run', workspaceId);
  if (me.status === 'signed-out') return <SignedOutNotice />;
  const consultations = result?.ok ? result.data : [];
  return (
    <div className="rt-page rt-consultations-page">
      <p>
        <Link to="/" className="rt-up-link">
          <BackIcon /> Back to workspaces and documents
        </Link>
      </p>
      <h1 className="rt-page-title" tabIndex={-1}>
        Consultations{workspaceName ? `: ${workspaceName}` : ''}
      </h1>
      <p className="rt-lead">
        A consultation asks the public what they think of a version of a draft. To start one, open a
        document’s versions and choose “Ask the public about this version”.
      </p>
      {versionId && runs ? (
        <PublishForm
          workspaceId={workspaceId}
          versionId={versionId}
          onPublished={(published) => void navigate(`/consultations/${published.id}/manage`)}
        />
      ) : null}
      {runs ? (
        <SettingCheckbox
          workspaceId={workspaceId}
          className="rt-consultation-moderation"
          label="Read comments from the public before they show"
          hint="When this is ticked, a facilitator approves each comment before anyone else sees it. We recommend it: it stops rude comments and spam."
          read={(settings) => settings.consultationCommentsModerated}
          change={(checked) => ({ consultationCommentsModerated: checked })}
          saved={(checked) =>
            checked
              ? 'Saved. New comments wait for a facilitator before they show.'
              : 'Saved. New comments show on the public page at once.'
          }
        />
      ) : null}
      {result && !result.ok ? (
        <p className="rt-form-error" role="alert">
          {result.problem.message}
        </p>
      ) : null}
      {result?.ok && consultations.length === 0 ? (
        <p className="rt-empty">There are no consultations yet.</p>
      ) : null}
      {consultations.length > 0 ? (
        <ul className="rt-consultation-list">
          {consultations.map((consultation) => (
            <li key={consultation.id} className="rt-card">
              <h2>
                <Link to={`/consultations/${consultation.id}/manage`}>{consultation.title}</Link>
              </h2>
              <p>{statusWords(consultation)}</p>
              <p>
                <Link to={`/consultations/${consultation.id}`}>
                  The public page{' '}
                  <span className="rt-visually-hidden">of “{consultation.title}”</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
