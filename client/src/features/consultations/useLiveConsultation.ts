// Keeps a consultation's page for members up to date: the server says over Socket.IO
// (namespace /consultations) when a comment came or was moderated, and the page reads the
// consultation again. Joins again after every reconnect.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { io, type Socket } from 'socket.io-client';
import {
  CONSULTATION_NAMESPACE,
  type ConsultationClientEvents,
  type ConsultationServerEvents,
} from '@roundtable/shared/protocol/consultations';
import { queryKeys } from '../../app/query-keys.ts';

export function useLiveConsultation(consultationId: string): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!consultationId) return;
    const socket: Socket<ConsultationServerEvents, ConsultationClientEvents> = io(
      `${window.location.origin}${CONSULTATION_NAMESPACE}`,
      { transports: ['websocket'] },
    );
    const reload = () =>
      void queryClient.invalidateQueries({ queryKey: queryKeys.consultation(consultationId) });
    socket.on('connect', () => {
      socket.emit('consultation:watch', consultationId, () => undefined);
      reload(); // what changed while the connection was down
    });
    socket.on('consultation:changed', reload);
    return () => {
      socket.disconnect();
    };
  }, [consultationId, queryClient]);
}
