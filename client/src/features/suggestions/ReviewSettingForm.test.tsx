// @vitest-environment happy-dom
import { afterEach, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { defaultWorkspaceSettings } from '@roundtable/shared/protocol/workspaces';
import { deferred, renderWithApp } from '../../testing/render.tsx';
import { ReviewSettingForm } from './ReviewSettingForm.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

it('saves the review setting with a PATCH of that setting alone', async () => {
  const saved = deferred<Response>();
  const fetch = vi.fn(async (_path: string, init?: RequestInit) =>
    init?.method === 'PATCH' ? saved.promise : json(defaultWorkspaceSettings),
  );
  vi.stubGlobal('fetch', fetch);
  const { user } = renderWithApp(<ReviewSettingForm workspaceId="w1" />);
  const box = await screen.findByLabelText(/Drafts in review take changes only as suggestions/);
  await user.click(box);
  expect(fetch).toHaveBeenLastCalledWith(
    '/api/workspaces/w1/settings',
    expect.objectContaining({
      method: 'PATCH',
      body: JSON.stringify({ reviewTakesOnlySuggestions: true }),
    }),
  );
  saved.resolve(json({ ...defaultWorkspaceSettings, reviewTakesOnlySuggestions: true }));
  expect(
    (await screen.findByText('Saved. Drafts in review now take only suggestions.')).getAttribute(
      'role',
    ),
  ).toBe('status');
  expect(box).toHaveProperty('checked', true);
});

it('shows the server’s message when it refuses', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_path: string, init?: RequestInit) =>
      init?.method === 'PATCH'
        ? json({ error: { code: 'forbidden', message: 'Only facilitators can change this.' } }, 403)
        : json(defaultWorkspaceSettings),
    ),
  );
  const { user } = renderWithApp(<ReviewSettingForm workspaceId="w1" />);
  await user.click(
    await screen.findByLabelText(/Drafts in review take changes only as suggestions/),
  );
  expect(await screen.findByText('Only facilitators can change this.')).toBeTruthy();
  expect(screen.getByLabelText(/Drafts in review take changes only as suggestions/)).toHaveProperty(
    'checked',
    false,
  );
});
