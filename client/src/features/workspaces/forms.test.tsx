// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import type { ApiResult } from '../../app/http.ts';
import { deferred, renderWithApp } from '../../testing/render.tsx';
import { CreateForm } from './CreateForm.tsx';
import { RenameForm } from './RenameForm.tsx';

afterEach(cleanup);

describe('RenameForm', () => {
  it('sends the new name, is busy while it waits, then says it is done', async () => {
    const answer = deferred<ApiResult<unknown>>();
    const onSubmit = vi.fn(() => answer.promise);
    const onDone = vi.fn();
    const { user } = renderWithApp(
      <RenameForm
        label="New name"
        initialValue="Plans"
        field="name"
        onSubmit={onSubmit}
        onDone={onDone}
      />,
    );
    const input = screen.getByLabelText('New name');
    await user.clear(input);
    await user.type(input, 'Plans for 2027');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledWith('Plans for 2027');
    expect(screen.getByRole('button', { name: 'Save' })).toHaveProperty('disabled', true);
    answer.resolve({ ok: true, data: null });
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
  });

  it('shows the server’s message by the field it names', async () => {
    const onSubmit = vi.fn(async (): Promise<ApiResult<unknown>> => ({
      ok: false,
      problem: { status: 400, code: 'invalid', message: 'That name is too long.', field: 'name' },
    }));
    const { user } = renderWithApp(
      <RenameForm
        label="New name"
        initialValue="Plans"
        field="name"
        onSubmit={onSubmit}
        onDone={vi.fn()}
      />,
    );
    await user.type(screen.getByLabelText('New name'), ' and more');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('That name is too long.')).toBeTruthy();
    expect(screen.getByLabelText('New name').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('button', { name: 'Save' })).toHaveProperty('disabled', false);
  });
});

describe('CreateForm', () => {
  const props = {
    heading: 'New workspace',
    headingLevel: 2 as const,
    label: 'Workspace name',
    hint: 'For example, the name of your group.',
    submitLabel: 'Make the workspace',
    field: 'name',
  };

  it('sends the value, is busy while it waits, then empties the field', async () => {
    const answer = deferred<ApiResult<{ id: string }>>();
    const onSubmit = vi.fn(() => answer.promise);
    const onCreated = vi.fn();
    const { user } = renderWithApp(
      <CreateForm {...props} onSubmit={onSubmit} onCreated={onCreated} />,
    );
    await user.type(screen.getByLabelText('Workspace name'), 'Carers group');
    await user.click(screen.getByRole('button', { name: 'Make the workspace' }));
    expect(onSubmit).toHaveBeenCalledWith('Carers group');
    expect(screen.getByRole('button', { name: 'Make the workspace' })).toHaveProperty(
      'disabled',
      true,
    );
    answer.resolve({ ok: true, data: { id: 'w1' } });
    await vi.waitFor(() => expect(onCreated).toHaveBeenCalledWith({ id: 'w1' }));
    expect((screen.getByLabelText('Workspace name') as HTMLInputElement).value).toBe('');
  });

  it('shows a message that names no field above the form, as an alert', async () => {
    const onSubmit = vi.fn(async (): Promise<ApiResult<{ id: string }>> => ({
      ok: false,
      problem: { status: 0, code: 'unavailable', message: 'We could not reach Roundtable.' },
    }));
    const { user } = renderWithApp(
      <CreateForm {...props} onSubmit={onSubmit} onCreated={vi.fn()} />,
    );
    await user.type(screen.getByLabelText('Workspace name'), 'Carers group');
    await user.click(screen.getByRole('button', { name: 'Make the workspace' }));
    expect((await screen.findByRole('alert')).textContent).toBe('We could not reach Roundtable.');
  });
});
