// For facilitators: whether observers in this workspace may comment on its documents.
import { useEffect, useState } from 'react';
import { Checkbox } from '../../ui/index.ts';
import { changeWorkspaceSettings, getWorkspaceSettings } from './api.ts';

export function ObserverCommentsSetting({ workspaceId }: { workspaceId: string }) {
  const [allowed, setAllowed] = useState<boolean | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    let live = true;
    void getWorkspaceSettings(workspaceId).then((result) => {
      if (live && result.ok) setAllowed(result.data.observersMayComment);
    });
    return () => {
      live = false;
    };
  }, [workspaceId]);

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
