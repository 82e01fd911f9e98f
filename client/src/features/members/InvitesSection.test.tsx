// @vitest-environment happy-dom
import { afterEach, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { deferred, renderWithApp } from '../../testing/render.tsx';
import * as api from './api.ts';
import { InvitesSection } from './InvitesSection.tsx';

vi.mock('./api.ts', () => ({
  listInvites: vi.fn(async () => ({ ok: true, data: [] })),
  createInvite: vi.fn(),
  withdrawInvite: vi.fn(),
}));

afterEach(cleanup);

it('makes an invite link for the role and days chosen, busy while it waits', async () => {
  const answer = deferred<Awaited<ReturnType<typeof api.createInvite>>>();
  vi.mocked(api.createInvite).mockReturnValue(answer.promise);
  const { user } = renderWithApp(<InvitesSection workspaceId="w1" />);
  await user.selectOptions(screen.getByLabelText('They will join as'), 'observer');
  const days = screen.getByLabelText('The link works for this many days');
  await user.clear(days);
  await user.type(days, '7');
  await user.click(screen.getByRole('button', { name: 'Make an invite link' }));
  expect(api.createInvite).toHaveBeenCalledWith('w1', { role: 'observer', expiresInDays: 7 });
  expect(screen.getByRole('button', { name: 'Make an invite link' })).toHaveProperty(
    'disabled',
    true,
  );
  answer.resolve({
    ok: false,
    problem: { status: 403, code: 'forbidden', message: 'Only facilitators can invite people.' },
  });
  expect((await screen.findByText('Only facilitators can invite people.')).textContent).toBe(
    'Only facilitators can invite people.',
  );
  expect(screen.getByRole('button', { name: 'Make an invite link' })).toHaveProperty(
    'disabled',
    false,
  );
});

it('refuses days outside 1 to 90 by the field', async () => {
  vi.mocked(api.createInvite).mockClear();
  const { user } = renderWithApp(<InvitesSection workspaceId="w1" />);
  const days = screen.getByLabelText('The link works for this many days');
  await user.clear(days);
  await user.type(days, '120');
  await user.click(screen.getByRole('button', { name: 'Make an invite link' }));
  expect(api.createInvite).not.toHaveBeenCalled();
  expect(days.getAttribute('aria-invalid')).toBe('true');
  expect(screen.getByText('Type a whole number of days from 1 to 90.')).toBeTruthy();
});
