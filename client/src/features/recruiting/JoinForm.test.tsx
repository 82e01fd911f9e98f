// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { renderWithApp } from '../../testing/render.tsx';
import { sendJoinRequest } from './api.ts';
import { JoinForm } from './JoinForm.tsx';

vi.mock('./api.ts', () => ({ sendJoinRequest: vi.fn() }));
const send = vi.mocked(sendJoinRequest);

afterEach(() => {
  cleanup();
  send.mockReset();
});

describe('JoinForm', () => {
  it('asks for the address only when they choose post, and sends only that way', async () => {
    send.mockResolvedValue({ ok: true, data: { received: true, workspaceName: 'Forum' } });
    const onSent = vi.fn();
    const { user } = renderWithApp(<JoinForm slug="forum" onSent={onSent} />);
    expect(screen.getByText(/You do not need any qualifications/)).toBeTruthy();
    await user.type(screen.getByLabelText('Your name'), 'Jo');
    await user.type(screen.getByLabelText('Your email address'), 'jo@example.org');
    expect(screen.queryByLabelText('Your postal address')).toBeNull();
    await user.click(screen.getByLabelText('By post (a letter)'));
    expect(screen.queryByLabelText('Your email address')).toBeNull();
    await user.type(screen.getByLabelText('Your postal address'), '1 High Street');
    await user.click(screen.getByRole('button', { name: 'Send my request' }));
    expect(send).toHaveBeenCalledWith('forum', {
      name: 'Jo',
      contact: { way: 'post', address: '1 High Street' },
      needs: '',
      reason: '',
      website: '',
    });
    await vi.waitFor(() => expect(onSent).toHaveBeenCalled());
  });

  it('says what to change when the server refuses, and keeps what they typed', async () => {
    send.mockResolvedValue({
      ok: false,
      problem: {
        status: 400,
        code: 'bad_request',
        message: 'name: Please write your name',
        field: 'name',
      },
    });
    const onSent = vi.fn();
    const { user } = renderWithApp(<JoinForm slug="forum" onSent={onSent} />);
    await user.type(screen.getByLabelText(/Why would you like to join/), 'To help');
    await user.click(screen.getByRole('button', { name: 'Send my request' }));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'Please check the form: Please write your name',
    );
    expect(screen.getByLabelText(/Why would you like to join/)).toHaveProperty('value', 'To help');
    expect(onSent).not.toHaveBeenCalled();
  });

  it('hides the robots’ field from people and screen readers', () => {
    const { container } = renderWithApp(<JoinForm slug="forum" onSent={() => undefined} />);
    const trap = container.querySelector('input[name="website"]');
    expect(trap?.closest('[aria-hidden="true"]')).toBeTruthy();
    expect(trap?.getAttribute('tabindex')).toBe('-1');
  });
});
