// The composition root of the browser app: app-wide providers around the router.
import { useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { MeProvider } from '../features/access/index.ts';
import { DisplaySettingsProvider, ReadAloudProvider } from '../features/display/index.ts';
import { LiveAnnouncerProvider } from '../ui/index.ts';
import { createQueryClient } from './query-client.ts';
import { createAppRouter } from './router.tsx';

export function App() {
  const [router] = useState(createAppRouter);
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <DisplaySettingsProvider>
        <ReadAloudProvider>
          <LiveAnnouncerProvider>
            <MeProvider>
              <RouterProvider router={router} />
            </MeProvider>
          </LiveAnnouncerProvider>
        </ReadAloudProvider>
      </DisplaySettingsProvider>
    </QueryClientProvider>
  );
}
