// @vitest-environment happy-dom
import { afterEach, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { defaultWorkspaceSettings } from '@roundtable/shared/protocol/workspaces';
import { deferred, renderWithApp } from '../../testing/render.tsx';
import { ObserverCommentsSetting } from './ObserverCommentsSetting.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

it('shows the tick at once, before the server has answered, and keeps it once saved', async () => {
  const saved = deferred<Response>();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_path: string, init?: RequestInit) =>
      init?.method === 'PATCH' ? saved.promise : json(defaultWorkspaceSettings),
    ),
  );
  renderWithApp(<ObserverCommentsSetting workspaceId="w1" />);
  const box = await screen.findByLabelText(/Observers may comment/);
  fireEvent.click(box);
  // Straight after the click: a box that waits for the settings to be read again flicks back.
  expect(box).toHaveProperty('checked', true);
  saved.resolve(json({ ...defaultWorkspaceSettings, observersMayComment: true }));
  expect(await screen.findByText('Saved. Observers can now comment.')).toBeTruthy();
  expect(box).toHaveProperty('checked', true);
});

it('puts the box back and says why when the server refuses', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_path: string, init?: RequestInit) =>
      init?.method === 'PATCH'
        ? json({ error: { code: 'forbidden', message: 'Only facilitators can change this.' } }, 403)
        : json(defaultWorkspaceSettings),
    ),
  );
  const { user } = renderWithApp(<ObserverCommentsSetting workspaceId="w1" />);
  await user.click(await screen.findByLabelText(/Observers may comment/));
  expect(await screen.findByText('Only facilitators can change this.')).toBeTruthy();
  expect(screen.getByLabelText(/Observers may comment/)).toHaveProperty('checked', false);
});
