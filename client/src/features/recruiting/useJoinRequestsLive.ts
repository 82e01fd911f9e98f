// Keeps the join requests page up to date: the page watches its workspace over Socket.IO
// (namespace /recruiting) and reads the queue again when the server says it changed (a request
// arrived, was answered, joined or erased). The notice carries no personal data.
import { useQueryClient } from '@tanstack/react-query';
import {
  JOIN_REQUESTS_CHANGED,
  RECRUITING_NAMESPACE,
  WATCH_JOIN_REQUESTS,
} from '@roundtable/shared/protocol/recruiting';
import { queryKeys } from '../../app/query-keys.ts';
import { useWatchedChannel } from '../../realtime/useWatchedChannel.ts';

export function useJoinRequestsLive(workspaceId: string, enabled: boolean): void {
  const queryClient = useQueryClient();
  useWatchedChannel({
    namespace: RECRUITING_NAMESPACE,
    watch: enabled && workspaceId ? { event: WATCH_JOIN_REQUESTS, payload: { workspaceId } } : null,
    changed: JOIN_REQUESTS_CHANGED,
    reload: () =>
      void queryClient.invalidateQueries({ queryKey: queryKeys.joinRequests(workspaceId) }),
  });
}
