// For component tests: render inside a fresh query cache and a router, and a user to act.
import type { ReactElement } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { createQueryClient } from '../app/query-client.ts';
import { LiveAnnouncerProvider } from '../ui/index.ts';

export function renderWithApp(element: ReactElement) {
  const user = userEvent.setup();
  const result = render(
    <QueryClientProvider client={createQueryClient()}>
      <MemoryRouter>
        <LiveAnnouncerProvider>{element}</LiveAnnouncerProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { user, ...result };
}

/** A promise with its resolve outside, to hold a request open while the test looks at "busy". */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
