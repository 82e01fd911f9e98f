// "You said, we did": the actions from all of a workspace's meetings. Open ones stay on the list
// until they are done; facilitators mark them done (or open again). Done ones sit below, folded
// away under "Done".
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { WorkspaceAction } from '@roundtable/shared/protocol/meeting';
import {
  Button,
  TickIcon,
  UndoIcon,
  VisuallyHidden,
  dayWords,
  useAnnouncer,
} from '../../ui/index.ts';
import { queryKeys } from '../../app/query-keys.ts';
import { listWorkspaceActions, updateAction } from './api.ts';
import { dueWords } from './Log.tsx';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; actions: WorkspaceAction[] };

/** What, who, by when and which meeting: the same words everywhere an action is listed. */
export function WorkspaceActionText({ action }: { action: WorkspaceAction }) {
  return (
    <>
      <p className="rt-meeting-log__text">{action.what}</p>
      <p>
        Who: {action.who}. By: {dueWords(action.due)}.
      </p>
      <p className="rt-muted">
        From the meeting:{' '}
        <Link to={`/meetings/${encodeURIComponent(action.meetingId)}`}>{action.meetingTitle}</Link>
        {dayWords(action.meetingDate) ? `, ${dayWords(action.meetingDate)}` : ''}
      </p>
    </>
  );
}

/** Actions from all the workspace's meetings, open ones first. */
export function useWorkspaceActions(workspaceId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.workspaceActions(workspaceId ?? ''),
    queryFn: () => listWorkspaceActions(workspaceId ?? ''),
    enabled: workspaceId !== undefined,
  });
}

export function WorkspaceActions({ workspaceId, runs }: { workspaceId: string; runs: boolean }) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { announce } = useAnnouncer();
  const queryClient = useQueryClient();
  const { data: result } = useWorkspaceActions(workspaceId);
  const loaded: Loaded = !result
    ? { kind: 'loading' }
    : result.ok
      ? { kind: 'ready', actions: result.data }
      : { kind: 'failed', message: result.problem.message };
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const load = () =>
    queryClient.invalidateQueries({ queryKey: queryKeys.workspaceActions(workspaceId) });

  const change = async (action: WorkspaceAction, status: WorkspaceAction['status']) => {
    setBusy(action.id);
    const result = await updateAction(action.meetingId, action.id, status);
    setBusy(null);
    if (!result.ok) {
      setProblem(result.problem.message);
      return;
    }
    setProblem(null);
    await load();
    announce(
      status === 'done'
        ? `Marked as done: ${action.what}.`
        : `Open again: ${action.what}. It is back on the list.`,
    );
    // The button moved to the other list: put focus somewhere that stays.
    requestAnimationFrame(() => heading.current?.focus());
  };

  const actions = loaded.kind === 'ready' ? loaded.actions : [];
  const open = actions.filter((a) => a.status === 'open');
  const done = actions.filter((a) => a.status === 'done');

  return (
    <section aria-labelledby={headingId} className="rt-workspace-actions">
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        Actions from our meetings
      </h2>
      <p>What we said we would do. Each action stays here until it is done.</p>
      {loaded.kind === 'loading' ? <p className="rt-muted">Loading actions…</p> : null}
      {loaded.kind === 'failed' ? (
        <div className="rt-form-error" role="alert">
          <p>{loaded.message}</p>
          <Button onClick={() => void load()}>Try again</Button>
        </div>
      ) : null}
      {problem ? (
        <p className="rt-form-error" role="alert">
          {problem}
        </p>
      ) : null}
      {loaded.kind === 'ready' && open.length === 0 ? (
        <p className="rt-empty">No actions are waiting to be done.</p>
      ) : null}
      {open.length > 0 ? (
        <ul className="rt-meeting-log" data-testid="workspace-actions-open">
          {open.map((action) => (
            <li key={action.id}>
              <WorkspaceActionText action={action} />
              <p>
                <strong>Not done yet</strong>
              </p>
              {runs ? (
                <Button
                  icon={<TickIcon />}
                  disabled={busy === action.id}
                  onClick={() => void change(action, 'done')}
                >
                  Mark done<VisuallyHidden> “{action.what}”</VisuallyHidden>
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {done.length > 0 ? (
        <details className="rt-workspace-actions__done">
          <summary>Done ({done.length})</summary>
          <ul className="rt-meeting-log" data-testid="workspace-actions-done">
            {done.map((action) => (
              <li key={action.id} className="rt-meeting-log--done">
                <WorkspaceActionText action={action} />
                <p>
                  <strong>Done</strong>
                </p>
                {runs ? (
                  <Button
                    variant="quiet"
                    icon={<UndoIcon />}
                    disabled={busy === action.id}
                    onClick={() => void change(action, 'open')}
                  >
                    Open again<VisuallyHidden> “{action.what}”</VisuallyHidden>
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
