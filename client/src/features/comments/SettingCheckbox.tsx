// For facilitators: one of the workspace's yes-or-no settings as a checkbox, saved as soon as it
// is ticked, with what changed said in words (and put back if the server refuses).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type {
  WorkspaceSettings,
  WorkspaceSettingsChange,
} from '@roundtable/shared/protocol/workspaces';
import { Checkbox } from '../../ui/index.ts';
import { queryKeys } from '../../app/query-keys.ts';
import { changeWorkspaceSettings, getWorkspaceSettings } from './api.ts';

export interface SettingCheckboxProps {
  workspaceId: string;
  className: string;
  label: string;
  hint: string;
  /** Whether the box is ticked for these settings. */
  read: (settings: WorkspaceSettings) => boolean;
  /** The change that ticking (or unticking) the box makes. */
  change: (checked: boolean) => WorkspaceSettingsChange;
  /** What is said once it is saved. */
  saved: (checked: boolean) => string;
}

export function SettingCheckbox(props: SettingCheckboxProps) {
  const { workspaceId, read, change } = props;
  const queryClient = useQueryClient();
  const settingsKey = queryKeys.workspaceSettings(workspaceId);
  const { data: settings } = useQuery({
    queryKey: settingsKey,
    queryFn: () => getWorkspaceSettings(workspaceId),
  });
  // What the person ticked, shown at once (a controlled box would otherwise flick back until
  // the settings are read again), until the server has answered.
  const [ticked, setTicked] = useState<boolean | null>(null);
  const checked = settings?.ok ? (ticked ?? read(settings.data)) : null;
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  if (checked === null) return null;
  return (
    <div className={`rt-card ${props.className}`}>
      <Checkbox
        label={props.label}
        hint={props.hint}
        checked={checked}
        onChange={(value) => {
          setTicked(value);
          // A read of the settings still on its way (another setting on the page asked too)
          // would put the box back as it was: it is stopped, and the saved settings shown.
          void queryClient
            .cancelQueries({ queryKey: settingsKey })
            .then(() => changeWorkspaceSettings(workspaceId, change(value)))
            .then((result) => {
              if (result.ok) {
                queryClient.setQueryData(settingsKey, result);
                setMessage({ ok: true, text: props.saved(value) });
              } else {
                setMessage({ ok: false, text: result.problem.message });
              }
              setTicked(null);
            });
        }}
      />
      <p role="status" className={message && !message.ok ? 'rt-form-error' : undefined}>
        {message?.text ?? ''}
      </p>
    </div>
  );
}
