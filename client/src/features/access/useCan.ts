// Asks the shared policy whether the signed-in person may do something, so the page only
// offers what will work. (The server decides anyway; this just avoids dead ends.)
import { useCallback } from 'react';
import { can, type Action } from '@roundtable/shared/domain/policy';
import { useMe } from './MeProvider.tsx';

export function useCan(): (action: Action, workspaceId?: string) => boolean {
  const { state } = useMe();
  return useCallback(
    (action: Action, workspaceId?: string) => {
      if (state.status === 'open') return true;
      if (state.status !== 'signed-in') return false;
      return can(state.actor, action, workspaceId === undefined ? {} : { workspaceId });
    },
    [state],
  );
}
