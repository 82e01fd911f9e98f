// Keeps a consultation's page for members up to date: the server says over Socket.IO
// (namespace /consultations) when a comment came or was moderated, and the page reads the
// consultation again.
import { useQueryClient } from '@tanstack/react-query';
import { CONSULTATION_NAMESPACE } from '@roundtable/shared/protocol/consultations';
import { queryKeys } from '../../app/query-keys.ts';
import { useWatchedChannel } from '../../realtime/useWatchedChannel.ts';

export function useLiveConsultation(consultationId: string): void {
  const queryClient = useQueryClient();
  useWatchedChannel({
    namespace: CONSULTATION_NAMESPACE,
    watch: consultationId ? { event: 'consultation:watch', payload: consultationId } : null,
    changed: 'consultation:changed',
    reload: () =>
      void queryClient.invalidateQueries({ queryKey: queryKeys.consultation(consultationId) }),
  });
}
