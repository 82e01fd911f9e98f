// On a document's page, the Easy Read link both ways. A full draft links to its Easy Read version,
// or offers a facilitator "Make an Easy Read version". An Easy Read version says so, links to its
// full draft, and to checking it with the group (and, for a facilitator, the results).
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { DocumentSummary } from '@roundtable/shared/protocol/documents';
import { queryKeys } from '../../app/query-keys.ts';
import { Button, PlusIcon, useAnnouncer } from '../../ui/index.ts';
import { useCan } from '../access/index.ts';
import { makeEasyReadVersion, useEasyReadLinks } from './api.ts';
import './easy-read.css';

const documentPath = (id: string) => `/documents/${encodeURIComponent(id)}`;

export function EasyReadLinks({ document }: { document: DocumentSummary }) {
  const may = useCan();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { announce } = useAnnouncer();
  const { data } = useEasyReadLinks(document.id);
  const [problem, setProblem] = useState<string | null>(null);
  const [making, setMaking] = useState(false);
  const links = data?.ok ? data.data : null;

  if (document.easyReadOf !== null) {
    const mayRun = may('easy-read:run-check', document.workspaceId);
    return (
      <div className="rt-easy-read-links">
        <p>
          <span className="rt-tag rt-easy-read-tag">Easy Read</span>{' '}
          {links?.draft ? (
            <>
              The Easy Read version of{' '}
              <Link to={documentPath(links.draft.id)}>“{links.draft.title}”</Link>
              {links.draft.deletedAt ? ' (in the bin)' : ''}.
            </>
          ) : (
            'An Easy Read version.'
          )}
        </p>
        <p className="rt-easy-read-links__actions">
          <Link
            className="rt-button rt-button--secondary"
            to={`${documentPath(document.id)}/check`}
          >
            Check the Easy Read version
          </Link>
          {mayRun ? (
            <Link
              className="rt-button rt-button--secondary"
              to={`${documentPath(document.id)}/check/results`}
            >
              What the group said
            </Link>
          ) : null}
        </p>
      </div>
    );
  }

  if (links?.easyRead) {
    return (
      <p className="rt-easy-read-links">
        <span className="rt-tag rt-easy-read-tag">Easy Read</span>{' '}
        <Link to={documentPath(links.easyRead.id)}>
          Easy Read version: “{links.easyRead.title}”
        </Link>
        {links.easyRead.deletedAt ? ' (in the bin)' : ''}
      </p>
    );
  }

  if (!links || !may('easy-read:make', document.workspaceId)) return null;
  return (
    <div className="rt-easy-read-links">
      <Button
        icon={<PlusIcon />}
        disabled={making}
        onClick={() => {
          setMaking(true);
          void makeEasyReadVersion(document.id).then((result) => {
            setMaking(false);
            if (!result.ok) {
              setProblem(result.problem.message);
              return;
            }
            void queryClient.invalidateQueries({ queryKey: queryKeys.easyReadLinks(document.id) });
            announce('The Easy Read version is made. It is open now.');
            void navigate(documentPath(result.data.id));
          });
        }}
      >
        Make an Easy Read version
      </Button>
      {problem ? (
        <p className="rt-form-error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
