// A workspace's members, read once into the query cache for every page that shows them: the
// members list, the RSVP answers, and people's names on suggestions and versions.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../app/query-keys.ts';
import { listMembers } from './api.ts';

/** The members, as the server's answer (ok or a problem); undefined while loading or with no workspace. */
export function useMembers(workspaceId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: queryKeys.members(workspaceId ?? ''),
    queryFn: () => listMembers(workspaceId ?? ''),
    enabled: enabled && workspaceId !== undefined,
  });
}

const NO_NAMES: ReadonlyMap<string, string> = new Map();

/** People's names by person id (suggestions and versions store only the id), so a changed name shows everywhere. */
export function useMemberNames(workspaceId: string | undefined): ReadonlyMap<string, string> {
  const { data } = useMembers(workspaceId);
  return useMemo(
    () => (data?.ok ? new Map(data.data.map((member) => [member.userId, member.name])) : NO_NAMES),
    [data],
  );
}
