// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { defaultWorkspaceSettings } from '@roundtable/shared/protocol/workspaces';
import type { VersionSummary } from '@roundtable/shared/protocol/documents';
import type { ProposalSummary } from '@roundtable/shared/protocol/proposals';
import type { ApiResult } from '../../app/http.ts';
import { deferred, renderWithApp } from '../../testing/render.tsx';
import * as api from './api.ts';
import { AgreementRuleForm } from './AgreementRuleForm.tsx';
import { ProposeForm } from './ProposeForm.tsx';

vi.mock('./api.ts', () => ({
  getWorkspaceSettings: vi.fn(),
  putWorkspaceSettings: vi.fn(),
  proposeVersion: vi.fn(),
}));

beforeEach(() => vi.mocked(api.getWorkspaceSettings).mockReset());
afterEach(cleanup);

describe('AgreementRuleForm', () => {
  beforeEach(() => {
    vi.mocked(api.getWorkspaceSettings).mockResolvedValue({
      ok: true,
      data: defaultWorkspaceSettings,
    });
  });

  it('saves "enough people agree" with the share typed', async () => {
    vi.mocked(api.putWorkspaceSettings).mockResolvedValue({ ok: true });
    const { user } = renderWithApp(<AgreementRuleForm workspaceId="w1" />);
    await user.click(await screen.findByText('Agreement rule: how the group agrees a version'));
    await user.click(screen.getByLabelText(/Enough people agree/));
    const percent = screen.getByLabelText(/At least this many in every 100/);
    await user.clear(percent);
    await user.type(percent, '60');
    await user.click(screen.getByRole('button', { name: 'Save the rule' }));
    expect(api.putWorkspaceSettings).toHaveBeenCalledWith('w1', {
      agreementRule: { kind: 'share', percent: 60 },
    });
    expect(
      (await screen.findByText('Saved. Agreement polls from now on use this rule.')).getAttribute(
        'role',
      ),
    ).toBe('status');
  });

  it('refuses a share under 50 without asking the server', async () => {
    vi.mocked(api.putWorkspaceSettings).mockClear();
    const { user } = renderWithApp(<AgreementRuleForm workspaceId="w1" />);
    await user.click(await screen.findByText('Agreement rule: how the group agrees a version'));
    await user.click(screen.getByLabelText(/Enough people agree/));
    const percent = screen.getByLabelText(/At least this many in every 100/);
    await user.clear(percent);
    await user.type(percent, '30');
    await user.click(screen.getByRole('button', { name: 'Save the rule' }));
    expect(api.putWorkspaceSettings).not.toHaveBeenCalled();
    const message = screen.getByText('Please choose a whole number from 50 to 100.');
    expect(message.getAttribute('role')).toBe('status');
    expect(message.className).toBe('rt-form-error');
  });
});

describe('ProposeForm', () => {
  const version = { id: 'v1', name: 'Draft for May' } as VersionSummary;

  it('asks the group with the closing time chosen, busy while it waits', async () => {
    const answer = deferred<ApiResult<ProposalSummary>>();
    vi.mocked(api.proposeVersion).mockReturnValue(answer.promise);
    const onProposed = vi.fn();
    const { user } = renderWithApp(
      <ProposeForm version={version} onProposed={onProposed} onCancel={vi.fn()} />,
    );
    fireEvent.change(screen.getByLabelText('Voting closes on'), {
      target: { value: '2030-05-01T17:00' },
    });
    await user.click(screen.getByRole('button', { name: 'Ask the group' }));
    expect(api.proposeVersion).toHaveBeenCalledWith(
      'v1',
      new Date('2030-05-01T17:00').toISOString(),
    );
    expect(screen.getByRole('button', { name: 'Ask the group' })).toHaveProperty('disabled', true);
    const proposal = { id: 'p1' } as ProposalSummary;
    answer.resolve({ ok: true, data: proposal });
    await vi.waitFor(() => expect(onProposed).toHaveBeenCalledWith(proposal));
  });

  it('shows the server’s message about the date by the date', async () => {
    vi.mocked(api.proposeVersion).mockResolvedValue({
      ok: false,
      problem: {
        status: 400,
        code: 'invalid',
        message: 'Voting must close within 14 days.',
        field: 'closesAt',
      },
    });
    const { user } = renderWithApp(
      <ProposeForm version={version} onProposed={vi.fn()} onCancel={vi.fn()} />,
    );
    await user.click(screen.getByRole('button', { name: 'Ask the group' }));
    expect(await screen.findByText('Voting must close within 14 days.')).toBeTruthy();
    expect(screen.getByLabelText('Voting closes on').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('button', { name: 'Ask the group' })).toHaveProperty('disabled', false);
  });
});
