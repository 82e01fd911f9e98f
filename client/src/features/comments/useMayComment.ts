// Whether the signed-in person may comment on documents in a workspace: the shared can(), with
// the workspace's setting for observers fetched only when it matters.
import { useQuery } from '@tanstack/react-query';
import { can, roleIn } from '@roundtable/shared/domain/policy';
import { useMe } from '../access/index.ts';
import { queryKeys } from '../../app/query-keys.ts';
import { getWorkspaceSettings } from './api.ts';

export function useMayComment(workspaceId: string | undefined): boolean {
  const { state } = useMe();
  const actor = state.status === 'signed-in' ? state.actor : null;
  const isObserver =
    actor !== null && workspaceId !== undefined && roleIn(actor, workspaceId) === 'observer';
  const { data: settings } = useQuery({
    queryKey: queryKeys.workspaceSettings(workspaceId ?? ''),
    queryFn: () => getWorkspaceSettings(workspaceId ?? ''),
    enabled: isObserver && workspaceId !== undefined,
  });
  const observersMayComment = settings?.ok ? settings.data.observersMayComment : false;
  if (!actor || workspaceId === undefined) return false;
  return can(actor, 'comment:write', { workspaceId, observersMayComment });
}
