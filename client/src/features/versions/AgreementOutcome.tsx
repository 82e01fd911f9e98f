// For an agreement poll in a meeting: which version is being agreed (with a way to read it),
// and, once closed, the outcome in words with a picture: "Agreed: nobody disagreed".
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { queryKeys } from '../../app/query-keys.ts';
import { getVersion } from './api.ts';
import './versions.css';
import { CrossIcon, TickIcon } from '../../ui/index.ts';

export function AgreementVersion({
  versionId,
  locksDraft,
}: {
  versionId: string;
  locksDraft: boolean;
}) {
  const { data: result } = useQuery({
    queryKey: queryKeys.version(versionId),
    queryFn: () => getVersion(versionId),
  });
  const version = result?.ok ? result.data : null;
  return (
    <>
      <p>
        The version: <strong>{version ? `“${version.name}”` : '…'}</strong>
        {version ? (
          <>
            {' '}
            <Link
              to={`/documents/${encodeURIComponent(version.documentId)}/versions?view=${encodeURIComponent(version.id)}`}
              target="_blank"
            >
              Read this version (opens in a new tab)
            </Link>
          </>
        ) : null}
      </p>
      {locksDraft ? <p className="rt-muted">The draft is locked while people decide.</p> : null}
    </>
  );
}

/** "Agreed: Nobody disagreed (5 responded)." — first letter of the reason made small. */
export function outcomeWords(outcome: { agreed: boolean; because: string }): string {
  const because = outcome.because.replace(/^\p{Lu}(?!\p{Lu})/u, (first) => first.toLowerCase());
  return `${outcome.agreed ? 'Agreed' : 'Not agreed'}: ${because}`;
}

export function AgreementOutcome({ outcome }: { outcome: { agreed: boolean; because: string } }) {
  return (
    <div
      className={`rt-agreement-outcome rt-agreement-outcome--${outcome.agreed ? 'agreed' : 'not-agreed'}`}
      data-testid="agreement-outcome"
    >
      {outcome.agreed ? <TickIcon /> : <CrossIcon />}
      <p>{outcomeWords(outcome)}</p>
    </div>
  );
}
