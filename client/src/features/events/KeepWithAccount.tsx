// On the booker's own page, for someone signed in: keep this booking with their account, so it is
// in their copy of their data and goes when they are erased. Only from this page, whose link
// proves the booking is theirs; nothing shows to someone not signed in.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { OwnBooking } from '@roundtable/shared/protocol/events';
import { queryKeys } from '../../app/query-keys.ts';
import { Button } from '../../ui/index.ts';
import { useMe } from '../access/index.ts';
import { keepBookingWithAccount } from './api.ts';

export function KeepWithAccount({ token, booking }: { token: string; booking: OwnBooking }) {
  const { state: me } = useMe();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  if (me.status !== 'signed-in') return null;
  if (booking.keptWithAccount) {
    return <p className="rt-muted">This booking is kept with an account.</p>;
  }
  const keep = async () => {
    const answer = await keepBookingWithAccount(token);
    if (!answer.ok) return setProblem(answer.problem.message);
    setProblem(null);
    queryClient.setQueryData(queryKeys.ownBooking(token), answer);
  };
  return (
    <section aria-labelledby="keep-heading" className="rt-card">
      <h2 id="keep-heading">Your account</h2>
      <p>
        You are signed in. You can keep this booking with your account. Then it is in the copy of
        your data you can download.
      </p>
      <Button onClick={() => void keep()}>Keep this booking with my account</Button>
      {problem ? (
        <p className="rt-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
