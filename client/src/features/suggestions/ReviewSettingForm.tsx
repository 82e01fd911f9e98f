// The workspace setting for drafts in review: take changes only as suggestions, or not.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { defaultWorkspaceSettings } from '@roundtable/shared/protocol/workspaces';
import * as routes from '@roundtable/shared/protocol/routes';
import { call } from '../../app/http.ts';
import { queryKeys } from '../../app/query-keys.ts';
import { Checkbox } from '../../ui/index.ts';
import './suggestions.css';

export function ReviewSettingForm({ workspaceId }: { workspaceId: string }) {
  const queryClient = useQueryClient();
  const settingsKey = queryKeys.workspaceSettings(workspaceId);
  const { data: loaded } = useQuery({
    queryKey: settingsKey,
    queryFn: () => call(routes.getWorkspaceSettings, { params: { id: workspaceId } }),
  });
  const settings = loaded ? (loaded.ok ? loaded.data : defaultWorkspaceSettings) : null;
  const [message, setMessage] = useState<string | null>(null);

  if (!settings) return null;
  const change = async (on: boolean) => {
    // Only this setting: the page's other settings forms save theirs on their own.
    const result = await call(routes.changeWorkspaceSettings, {
      params: { id: workspaceId },
      body: { reviewTakesOnlySuggestions: on },
    });
    if (result.ok) {
      queryClient.setQueryData(settingsKey, result);
      setMessage(on ? 'Saved. Drafts in review now take only suggestions.' : 'Saved.');
    } else setMessage(result.problem.message);
  };
  return (
    <div className="rt-card rt-review-setting">
      <Checkbox
        label="Drafts in review take changes only as suggestions"
        hint="While a draft is marked in review, everyone’s changes go in as suggestions for the group to accept or reject."
        checked={settings.reviewTakesOnlySuggestions}
        onChange={(on) => void change(on)}
      />
      {message ? (
        <p role="status" className="rt-muted">
          {message}
        </p>
      ) : null}
    </div>
  );
}
