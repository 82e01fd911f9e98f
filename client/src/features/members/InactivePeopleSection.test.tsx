// @vitest-environment happy-dom
import { afterEach, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { renderWithApp } from '../../testing/render.tsx';
import * as api from './api.ts';
import { InactivePeopleSection } from './InactivePeopleSection.tsx';

vi.mock('./api.ts', () => ({ listInactivePeople: vi.fn() }));

afterEach(cleanup);

const person = (
  userId: string,
  name: string,
  workspaceId: string,
  lastSignedInAt: string | null,
) => ({
  userId,
  name,
  email: null,
  isAdmin: false,
  createdAt: '2024-03-01T10:00:00.000Z',
  lastSignedInAt,
  memberships: [{ workspaceId, workspaceName: 'Board', role: 'member' as const }],
});

it('lists the people of this workspace not seen for a while, with their last sign-in', async () => {
  vi.mocked(api.listInactivePeople).mockResolvedValue({
    ok: true,
    data: {
      afterDays: 365,
      more: false,
      people: [
        person('u1', 'Sam Jones', 'w1', '2025-01-15T09:00:00.000Z'),
        person('u2', 'Lucy Brown', 'w1', null),
        person('u3', 'Someone Elsewhere', 'w2', null),
      ],
    },
  });
  renderWithApp(<InactivePeopleSection workspaceId="w1" />);
  const section = await screen.findByRole('region', {
    name: 'People who have not signed in for a long time',
  });
  await within(section).findByText('Sam Jones');
  expect(section.textContent).toContain('365 days or more');
  expect(section.textContent).toContain('Last signed in on 15 January 2025');
  expect(section.textContent).toContain(
    'No sign-in recorded since their account was made on 1 March 2024',
  );
  expect(section.textContent).not.toContain('Someone Elsewhere');
  expect(within(section).getAllByRole('button', { name: /Download their data/ })).toHaveLength(2);
});

it('says so when everyone here has signed in recently', async () => {
  vi.mocked(api.listInactivePeople).mockResolvedValue({
    ok: true,
    data: { afterDays: 365, more: false, people: [] },
  });
  renderWithApp(<InactivePeopleSection workspaceId="w1" />);
  expect(
    await screen.findByText('Everyone in this workspace has signed in recently.'),
  ).toBeTruthy();
});
