// The link from a workspace to its join requests, with how many wait for an answer; shown to
// the workspace's facilitators only. Its own file, so the start page loads none of the pages.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { queryKeys } from '../../app/query-keys.ts';
import { VisuallyHidden } from '../../ui/index.ts';
import { listJoinRequests } from './api.ts';

export function JoinRequestsLink({ workspaceId, name }: { workspaceId: string; name: string }) {
  const { data: result } = useQuery({
    queryKey: queryKeys.joinRequests(workspaceId),
    queryFn: () => listJoinRequests(workspaceId),
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
