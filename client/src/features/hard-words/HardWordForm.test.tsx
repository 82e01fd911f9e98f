// @vitest-environment happy-dom
import { afterEach, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { renderWithApp } from '../../testing/render.tsx';
import { addHardWord } from './api.ts';
import { HardWordForm } from './HardWordForm.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const view = {
  id: 'hw1',
  workspaceId: 'w1',
  word: 'advocate',
  explanation: 'someone who speaks up for you',
  addedBy: 'u1',
  createdAt: '2026-03-04T10:00:00.000Z',
  updatedAt: '2026-03-04T10:00:00.000Z',
};

function renderAddForm() {
  const onSaved = vi.fn();
  const rendered = renderWithApp(
    <HardWordForm
      submitLabel="Add the hard word"
      onSubmit={(fields) => addHardWord('w1', fields)}
      onSaved={onSaved}
    />,
  );
  return { ...rendered, onSaved };
}

it('sends the word and its explanation, then empties itself for the next word', async () => {
  const fetch = vi.fn(async () => json(view, 201));
  vi.stubGlobal('fetch', fetch);
  const { user, onSaved } = renderAddForm();
  await user.type(screen.getByLabelText('Hard word'), ' advocate ');
  await user.type(
    screen.getByLabelText('What it means, in easy words'),
    'someone who speaks up for you',
  );
  await user.click(screen.getByRole('button', { name: 'Add the hard word' }));
  expect(fetch).toHaveBeenCalledWith(
    '/api/workspaces/w1/hard-words',
    expect.objectContaining({
      method: 'POST',
      body: JSON.stringify({ word: 'advocate', explanation: 'someone who speaks up for you' }),
    }),
  );
  await vi.waitFor(() =>
    expect(onSaved).toHaveBeenCalledWith({
      word: 'advocate',
      explanation: 'someone who speaks up for you',
    }),
  );
  expect(screen.getByLabelText('Hard word')).toHaveProperty('value', '');
  expect(screen.getByLabelText('What it means, in easy words')).toHaveProperty('value', '');
});

it('says what is missing next to the field, and sends nothing', async () => {
  const fetch = vi.fn();
  vi.stubGlobal('fetch', fetch);
  const { user } = renderAddForm();
  await user.type(screen.getByLabelText('Hard word'), 'advocate');
  await user.click(screen.getByRole('button', { name: 'Add the hard word' }));
  const explanation = screen.getByLabelText('What it means, in easy words');
  expect(explanation.getAttribute('aria-invalid')).toBe('true');
  expect(explanation.getAttribute('aria-describedby')).toContain('-error');
  expect(screen.getByText('Please say what the word means, in easy words.')).toBeTruthy();
  expect(document.activeElement).toBe(explanation);
  expect(fetch).not.toHaveBeenCalled();
});

it('shows the server’s refusal next to the word it is about', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () =>
      json(
        {
          error: {
            code: 'conflict',
            message: '“advocate” is already a hard word here.',
            field: 'word',
          },
        },
        409,
      ),
    ),
  );
  const { user, onSaved } = renderAddForm();
  await user.type(screen.getByLabelText('Hard word'), 'advocate');
  await user.type(screen.getByLabelText('What it means, in easy words'), 'a helper');
  await user.click(screen.getByRole('button', { name: 'Add the hard word' }));
  expect(await screen.findByText('“advocate” is already a hard word here.')).toBeTruthy();
  expect(screen.getByLabelText('Hard word').getAttribute('aria-invalid')).toBe('true');
  expect(screen.getByLabelText('Hard word')).toHaveProperty('value', 'advocate');
  expect(onSaved).not.toHaveBeenCalled();
});
