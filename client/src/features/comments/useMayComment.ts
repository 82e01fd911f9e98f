// Whether the signed-in person may comment on documents in a workspace: the shared can(), with
// the workspace's setting for observers fetched only when it matters.
import { useEffect, useState } from 'react';
import { can, roleIn } from '@roundtable/shared/domain/policy';
import { useMe } from '../access/index.ts';
import { getWorkspaceSettings } from './api.ts';

export function useMayComment(workspaceId: string | undefined): boolean {
  const { state } = useMe();
  const actor = state.status === 'signed-in' ? state.actor : null;
  const isObserver =
    actor !== null && workspaceId !== undefined && roleIn(actor, workspaceId) === 'observer';
  const [observersMayComment, setObserversMayComment] = useState(false);
  useEffect(() => {
    if (!isObserver || workspaceId === undefined) return;
    let live = true;
    void getWorkspaceSettings(workspaceId).then((result) => {
      if (live && result.ok) setObserversMayComment(result.data.observersMayComment);
    });
    return () => {
      live = false;
    };
  }, [isObserver, workspaceId]);
  if (!actor || workspaceId === undefined) return false;
  return can(actor, 'comment:write', { workspaceId, observersMayComment });
}
