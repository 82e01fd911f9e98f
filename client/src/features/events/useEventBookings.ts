// An event's bookings for facilitators, read again whenever someone books, cancels or is moved
// up (a notice on the /meeting channel), so every facilitator's page shows the same list.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { queryKeys } from '../../app/query-keys.ts';
import { watchBookings } from '../../realtime/index.ts';
import { readBookings } from './api.ts';

export function useEventBookings(eventId: string) {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      watchBookings(eventId, () => {
        void queryClient.invalidateQueries({ queryKey: queryKeys.eventBookings(eventId) });
      }),
    [eventId, queryClient],
  );
  return useQuery({
    queryKey: queryKeys.eventBookings(eventId),
    queryFn: () => readBookings(eventId),
  });
}
