// For facilitators: whether observers in this workspace may comment on its documents.
import { SettingCheckbox } from './SettingCheckbox.tsx';

export function ObserverCommentsSetting({ workspaceId }: { workspaceId: string }) {
  return (
    <SettingCheckbox
      workspaceId={workspaceId}
      className="rt-observer-comments"
      label="Observers may comment"
      hint="Observers can read documents but not change them. Tick this to let them add comments too."
      read={(settings) => settings.observersMayComment}
      change={(checked) => ({ observersMayComment: checked })}
      saved={(checked) =>
        checked ? 'Saved. Observers can now comment.' : 'Saved. Observers cannot comment now.'
      }
    />
  );
}
