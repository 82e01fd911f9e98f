// Moving a booking to another public event of the same workspace (facilitators).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { EventBooking } from '@roundtable/shared/protocol/events';
import * as routes from '@roundtable/shared/protocol/routes';
import { call } from '../../app/http.ts';
import { queryKeys } from '../../app/query-keys.ts';
import { Button, Dialog, SelectField, VisuallyHidden } from '../../ui/index.ts';
import { moveBooking } from './api.ts';
import { whenWords } from './words.ts';

export function MoveBooking({
  booking,
  eventId,
  workspaceId,
}: {
  booking: EventBooking;
  eventId: string;
  workspaceId: string;
}) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { data } = useQuery({
    queryKey: ['workspaces', workspaceId, 'public-events'],
    queryFn: () => call(routes.listUpcomingEvents, { params: { workspaceId } }),
    enabled: open,
  });
  const others = data?.ok ? data.data.events.filter((e) => e.id !== eventId) : [];
  const move = async () => {
    const answer = await moveBooking(eventId, booking.id, to || others[0]?.id || '');
    if (!answer.ok) return setProblem(answer.problem.message);
    queryClient.setQueryData(queryKeys.eventBookings(eventId), answer);
    setOpen(false);
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>
        Move<VisuallyHidden> the booking of {booking.name}</VisuallyHidden>
      </Button>
      <Dialog
        open={open}
        title={`Move the booking of ${booking.name}`}
        onClose={() => setOpen(false)}
      >
        {others.length === 0 ? (
          <p>There is no other public event coming up to move it to.</p>
        ) : (
          <>
            <SelectField
              label="Move to"
              value={to || others[0]?.id || ''}
              options={others.map((e) => ({ value: e.id, label: `${e.title}, ${whenWords(e)}` }))}
              onChange={setTo}
            />
            <p>
              If that event is full, they go at the end of its waiting list. Please tell them about
              the change.
            </p>
            {problem ? (
              <p className="rt-form-error" role="alert">
                {problem}
              </p>
            ) : null}
            <Button variant="primary" onClick={() => void move()}>
              Move the booking
            </Button>
          </>
        )}
      </Dialog>
    </>
  );
}
