// People's names for suggestion cards and labels: from the workspace's members (suggestions
// store only a person id), so a changed name shows everywhere.
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { Member } from '@roundtable/shared/protocol/people';
import { requestJson } from '../../app/http.ts';

export function useMemberNames(workspaceId: string | undefined): ReadonlyMap<string, string> {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    if (!workspaceId) return;
    let current = true;
    void requestJson(
      z.array(Member),
      `/api/workspaces/${encodeURIComponent(workspaceId)}/members`,
    ).then((result) => {
      if (current && result.ok) {
        setNames(new Map(result.data.map((member) => [member.userId, member.name])));
      }
    });
    return () => {
      current = false;
    };
  }, [workspaceId]);
  return names;
}
