// /workspaces/:workspaceId/join-requests: the requests people sent from the public page, newest
// first, kept up to date live; each answered by invite, question or kind decline. Only the
// workspace's facilitators see it (the server refuses everyone else).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { queryKeys } from '../../app/query-keys.ts';
import { BackIcon, useAnnouncer, usePageTitle } from '../../ui/index.ts';
import { SignedOutNotice, useCan, useMe } from '../access/index.ts';
import { useWorkspace } from '../workspaces/index.ts';
import { listJoinRequests } from './api.ts';
import { JoinRequestItem } from './JoinRequestItem.tsx';
import { useJoinRequestsLive } from './useJoinRequestsLive.ts';
import './recruiting.css';

export function JoinRequestsPage() {
  const { workspaceId = '' } = useParams();
  const { state: me } = useMe();
  const signedIn = me.status === 'signed-in' || me.status === 'open';
  const queryClient = useQueryClient();
  const { announce } = useAnnouncer();
  const { data: workspace } = useWorkspace(workspaceId, signedIn);
  const may = useCan();
  const onlyThePage = signedIn && !may('join-request:answer', workspaceId);
  const { data: result } = useQuery({
    queryKey: queryKeys.joinRequests(workspaceId),
    queryFn: () => listJoinRequests(workspaceId),
    enabled: signedIn && !onlyThePage,
  });
  useJoinRequestsLive(workspaceId, signedIn && result?.ok === true);
  const name = workspace?.ok ? workspace.data.name : null;
  usePageTitle(name ? `Join requests: ${name}` : 'Join requests');
  const list = result?.ok ? result.data : null;
  const changed = (message: string) => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.joinRequests(workspaceId) });
    announce(message);
  };
  const base = `/workspaces/${encodeURIComponent(workspaceId)}`;

  return (
    <div className="rt-page rt-join-requests">
      <p>
        <Link to="/" className="rt-up-link">
          <BackIcon /> Back to workspaces and documents
        </Link>
      </p>
      <h1 className="rt-page-title" tabIndex={-1}>
        Join requests{name ? `: ${name}` : ''}
      </h1>
      {me.status === 'signed-out' ? <SignedOutNotice /> : null}
      {onlyThePage ? (
        <p className="rt-card">
          Only this workspace&rsquo;s facilitators can see and answer its join requests.
          {may('workspace:recruit', workspaceId) ? (
            <>
              {' '}
              You can still change its <Link to={`${base}/public-page`}>public page</Link>.
            </>
          ) : null}
        </p>
      ) : null}
      {result && !result.ok ? (
        <p className="rt-card rt-problem" role="alert">
          {result.problem.message}
        </p>
      ) : null}
      {list ? (
        <>
          <p className="rt-lead">
            People ask to join from your <Link to={`${base}/public-page`}>public page</Link>. New
            requests appear here by themselves.
          </p>
          <p className="rt-card">
            {list.canEmail
              ? 'When someone gave an email address, your answer goes by email. The state of each mail is shown with the request. Otherwise, print a letter.'
              : 'Email is not set up on this server, so answers are not sent by email. After you answer, print the letter and post it, or give it to their supporter.'}
          </p>
          <p aria-live="polite" className="rt-join-requests__count">
            {list.waiting === 1
              ? '1 request is waiting for an answer.'
              : `${list.waiting} requests are waiting for an answer.`}
          </p>
          {list.requests.length === 0 ? (
            <p className="rt-muted">Nobody has asked to join yet.</p>
          ) : (
            <ul className="rt-join-requests__list">
              {list.requests.map((request) => (
                <JoinRequestItem
                  key={request.id}
                  workspaceId={workspaceId}
                  request={request}
                  canEmail={list.canEmail}
                  onChanged={changed}
                />
              ))}
            </ul>
          )}
        </>
      ) : null}
    </div>
  );
}
