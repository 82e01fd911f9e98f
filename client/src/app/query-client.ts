// The one cache of server data for the browser app (TanStack Query). Reads are not retried and
// not re-read on focus: a page re-reads when it opens, on its own timer, or when a Socket.IO
// meeting event or a collab notice says the data changed.
import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
      mutations: { retry: false },
    },
  });
}
