// The link from a workspace to its join requests, with how many wait for an answer; shown to
// those who may write the public page; the count only to the workspace's facilitators, who alone
// see the requests. Its own file, so the start page loads none of the pages.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { queryKeys } from '../../app/query-keys.ts';
import { VisuallyHidden } from '../../ui/index.ts';
import { useCan } from '../access/index.ts';
import { listJoinRequests } from './api.ts';

export function JoinRequestsLink({ workspaceId, name }: { workspaceId: string; name: string }) {
  const seesRequests = useCan()('join-request:answer', workspaceId);
  const { data: result } = useQuery({
    queryKey: queryKeys.joinRequests(workspaceId),
    queryFn: () => listJoinRequests(workspaceId),
    enabled: seesRequests,
  });
  const waiting = result?.ok ? result.data.waiting : 0;
  return (
    <p>
      <Link to={`/workspaces/${encodeURIComponent(workspaceId)}/join-requests`}>
        Join requests{waiting > 0 ? ` (${waiting} waiting)` : ''}{' '}
        <VisuallyHidden>of “{name}”</VisuallyHidden>
      </Link>
    </p>
  );
}
