// Keeps the join requests page up to date: the page watches its workspace over Socket.IO
// (namespace /recruiting) and reads the queue again when the server says it changed (a request
// arrived, was answered, joined or erased). The notice carries no personal data.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { io } from 'socket.io-client';
import {
  JOIN_REQUESTS_CHANGED,
  RECRUITING_NAMESPACE,
} from '@roundtable/shared/protocol/recruiting';
import { queryKeys } from '../../app/query-keys.ts';

export function useJoinRequestsLive(workspaceId: string, enabled: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled || !workspaceId) return;
    const socket = io(`${window.location.origin}${RECRUITING_NAMESPACE}`, {
      transports: ['websocket'],
    });
    const reload = () =>
      void queryClient.invalidateQueries({ queryKey: queryKeys.joinRequests(workspaceId) });
    socket.on('connect', () => {
      socket.emit('join-requests:watch', { workspaceId }, () => undefined);
      // What changed while the connection was down.
      reload();
    });
    socket.on(JOIN_REQUESTS_CHANGED, reload);
    return () => {
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, [workspaceId, enabled, queryClient]);
}
