// @vitest-environment happy-dom
import { afterEach, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import type { MeetingSummary } from '@roundtable/shared/protocol/meeting';
import type { ApiResult } from '../../app/http.ts';
import { deferred, renderWithApp } from '../../testing/render.tsx';
import * as api from './api.ts';
import { ScheduleForm } from './ScheduleForm.tsx';

vi.mock('./api.ts', () => ({
  listWorkspaceDocuments: vi.fn(async () => ({
    ok: true,
    data: [{ id: 'd1', title: 'Our plan' }],
  })),
  scheduleMeeting: vi.fn(),
}));

afterEach(cleanup);

it('schedules the meeting with what was filled in, busy while it waits', async () => {
  const answer = deferred<ApiResult<MeetingSummary>>();
  vi.mocked(api.scheduleMeeting).mockReturnValue(answer.promise);
  const onScheduled = vi.fn();
  const { user } = renderWithApp(
    <ScheduleForm workspaceId="w1" onScheduled={onScheduled} onCancel={vi.fn()} />,
  );
  await user.type(screen.getByLabelText('Title'), 'May workshop');
  fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2030-05-01' } });
  await user.type(screen.getByLabelText('Place or link'), 'Room 2');
  await screen.findByText('Our plan');
  await user.click(screen.getByRole('button', { name: 'Schedule the meeting' }));
  expect(api.scheduleMeeting).toHaveBeenCalledWith(
    'w1',
    expect.objectContaining({
      title: 'May workshop',
      startsAt: new Date('2030-05-01T10:00').toISOString(),
      place: 'Room 2',
      documentIds: ['d1'],
    }),
  );
  expect(screen.getByRole('button', { name: 'Schedule the meeting' })).toHaveProperty(
    'disabled',
    true,
  );
  const meeting = { id: 'm1' } as MeetingSummary;
  answer.resolve({ ok: true, data: meeting });
  await vi.waitFor(() => expect(onScheduled).toHaveBeenCalledWith(meeting));
});

it('asks for a title before sending anything', async () => {
  vi.mocked(api.scheduleMeeting).mockClear();
  const { user } = renderWithApp(
    <ScheduleForm workspaceId="w1" onScheduled={vi.fn()} onCancel={vi.fn()} />,
  );
  await user.click(screen.getByRole('button', { name: 'Schedule the meeting' }));
  expect(api.scheduleMeeting).not.toHaveBeenCalled();
  expect(await screen.findByText('Please write a title.')).toBeTruthy();
});

it('labels each minutes field with its agenda item', async () => {
  const { user } = renderWithApp(
    <ScheduleForm workspaceId="w1" onScheduled={vi.fn()} onCancel={vi.fn()} />,
  );
  await user.type(screen.getByLabelText('Item 1: title'), 'Welcome and introductions');
  await user.click(screen.getByRole('button', { name: 'Add an agenda item' }));
  await user.click(screen.getByRole('button', { name: 'Add an agenda item' }));
  await user.type(screen.getByLabelText('Item 2: title'), 'Housing');
  expect(
    screen.getByRole('spinbutton', { name: 'Minutes for Welcome and introductions' }),
  ).toBeTruthy();
  expect(screen.getByRole('spinbutton', { name: 'Minutes for Housing' })).toBeTruthy();
  expect(screen.getByRole('spinbutton', { name: 'Minutes for item 3' })).toBeTruthy();
});
