// For facilitators: what happens to the comments of someone whose data an administrator erases
// (a data-protection request). Kept by default, so the discussion still reads; their name is
// replaced by "Former member" and a number either way.
import { SettingCheckbox } from './SettingCheckbox.tsx';

export function ErasedCommentsSetting({ workspaceId }: { workspaceId: string }) {
  return (
    <SettingCheckbox
      workspaceId={workspaceId}
      className="rt-erased-comments"
      label="Keep the comments of people whose data is erased"
      hint="When an administrator erases someone's data, their name becomes “Former member” and a number. Tick this to keep their comments under that name. Untick it to delete the words of their comments."
      read={(settings) => settings.erasedPeoplesComments === 'keep'}
      change={(checked) => ({ erasedPeoplesComments: checked ? 'keep' : 'delete' })}
      saved={(checked) =>
        checked
          ? 'Saved. Comments of erased people will be kept, without their name.'
          : 'Saved. Comments of erased people will be deleted.'
      }
    />
  );
}
