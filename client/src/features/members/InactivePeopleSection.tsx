// For administrators, on a workspace's Members page: the people in it who have not signed in for
// a long time (INACTIVE_AFTER_DAYS), with when they last did, to review. Nothing is deleted by
// this: it offers what already exists (download their data; remove them in the list above) and
// says how to erase someone.
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { InactivePerson } from '@roundtable/shared/protocol/retention';
import { queryKeys } from '../../app/query-keys.ts';
import { VisuallyHidden } from '../../ui/index.ts';
import { DownloadData, memberDataPath } from '../my-data/index.ts';
import { dayWords } from '../versions/index.ts';
import { listInactivePeople } from './api.ts';

const lastSeenWords = (person: InactivePerson): string =>
  person.lastSignedInAt
    ? `Last signed in on ${dayWords(person.lastSignedInAt)}`
    : `No sign-in recorded since their account was made on ${dayWords(person.createdAt)}`;

export function InactivePeopleSection({ workspaceId }: { workspaceId: string }) {
  const headingId = useId();
  const { data: result } = useQuery({
    queryKey: queryKeys.inactivePeople(),
    queryFn: listInactivePeople,
  });
  const review = result?.ok ? result.data : null;
  const here = (review?.people ?? []).filter((person) =>
    person.memberships.some((m) => m.workspaceId === workspaceId),
  );

  return (
    <section className="rt-card" aria-labelledby={headingId} data-testid="inactive-people">
      <h2 id={headingId}>People who have not signed in for a long time</h2>
      {!result ? <p className="rt-muted">Loading…</p> : null}
      {result && !result.ok ? (
        <p className="rt-form-error" role="alert">
          {result.problem.message}
        </p>
      ) : null}
      {review ? (
        <>
          <p>
            People in this workspace who have not signed in for {review.afterDays} days or more.
            Nothing is deleted by itself. You decide: ask them if they still want to take part,
            download their data, or remove them in the list above. To erase someone completely, use{' '}
            <code>npm run admin -- erase-person</code> on the server.
          </p>
          {here.length === 0 ? (
            <p className="rt-muted">Everyone in this workspace has signed in recently.</p>
          ) : (
            <ul className="rt-people">
              {here.map((person) => (
                <li className="rt-person" key={person.userId}>
                  <strong>{person.name}</strong>
                  {person.email ? ` (${person.email})` : ''}
                  <p className="rt-muted">{lastSeenWords(person)}</p>
                  <DownloadData
                    path={memberDataPath(workspaceId, person.userId)}
                    preparing={`Preparing the data of ${person.name}… this can take up to a minute.`}
                  >
                    Download their data <VisuallyHidden>({person.name})</VisuallyHidden>
                  </DownloadData>
                </li>
              ))}
            </ul>
          )}
          {review.more ? (
            <p className="rt-muted">
              There are more people to review than this page shows. Start with these.
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
