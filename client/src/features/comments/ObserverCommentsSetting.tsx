// For facilitators: whether observers in this workspace may comment on its documents.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Checkbox } from '../../ui/index.ts';
import { queryKeys } from '../../app/query-keys.ts';
import { changeWorkspaceSettings, getWorkspaceSettings } from './api.ts';

export function ObserverCommentsSetting({ workspaceId }: { workspaceId: string }) {
  const queryClient = useQueryClient();
  const settingsKey = queryKeys.workspaceSettings(workspaceId);
  const { data: settings } = useQuery({
    queryKey: settingsKey,
    queryFn: () => getWorkspaceSettings(workspaceId),
  });
  const allowed = settings?.ok ? settings.data.observersMayComment : null;
  const setAllowed = (observersMayComment: boolean) =>
    queryClient.setQueryData(settingsKey, (current: typeof settings) =>
      current?.ok ? { ...current, data: { ...current.data, observersMayComment } } : current,
    );
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  if (allowed === null) return null;
  return (
    <div className="rt-card rt-observer-comments">
      <Checkbox
        label="Observers may comment"
        hint="Observers can read documents but not change them. Tick this to let them add comments too."
        checked={allowed}
        onChange={(checked) => {
          setAllowed(checked);
          void changeWorkspaceSettings(workspaceId, { observersMayComment: checked }).then(
            (result) => {
              if (result.ok) {
                setMessage({
                  ok: true,
                  text: checked
                    ? 'Saved. Observers can now comment.'
                    : 'Saved. Observers cannot comment now.',
                });
              } else {
                setAllowed(!checked);
                setMessage({ ok: false, text: result.problem.message });
              }
            },
          );
        }}
      />
      <p role="status" className={message && !message.ok ? 'rt-form-error' : undefined}>
        {message?.text ?? ''}
      </p>
    </div>
  );
}
