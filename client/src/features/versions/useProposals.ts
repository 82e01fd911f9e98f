// A document's proposals to agree a version, kept fresh while any is open: read again every
// little while (to see new responses counted) and just after the soonest closing time (when the
// server decides it). Reports what changed without the person doing anything, to be announced.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import type { ProposalSummary } from '@roundtable/shared/protocol/proposals';
import { queryKeys } from '../../app/query-keys.ts';
import { listProposals } from './api.ts';

const REFRESH_MS = 15_000;
/** A little after the closing time, so the server's clock has surely passed it. */
const AFTER_CLOSE_MS = 1_500;

export type ProposalsState =
  | { kind: 'loading' }
  | { kind: 'ready'; proposals: ProposalSummary[] }
  | { kind: 'problem'; message: string };

export interface ProposalChanges {
  opened: ProposalSummary[];
  decided: ProposalSummary[];
}

export function useProposals(
  documentId: string,
  onChanges: (changes: ProposalChanges) => void,
): [ProposalsState, () => void] {
  const queryClient = useQueryClient();
  const known = useRef<{ documentId: string; proposals: Map<string, ProposalSummary> } | null>(
    null,
  );
  const report = useRef(onChanges);
  useEffect(() => {
    report.current = onChanges;
  });

  const { data } = useQuery({
    queryKey: queryKeys.proposals(documentId),
    queryFn: () => listProposals(documentId),
    refetchInterval: (query) =>
      query.state.data?.ok && query.state.data.data.some((p) => p.state === 'open')
        ? REFRESH_MS
        : false,
  });

  useEffect(() => {
    if (!data?.ok) return;
    const before = known.current?.documentId === documentId ? known.current.proposals : null;
    known.current = { documentId, proposals: new Map(data.data.map((p) => [p.id, p])) };
    if (!before) return;
    const opened = data.data.filter((p) => p.state === 'open' && !before.has(p.id));
    const decided = data.data.filter(
      (p) => p.state !== 'open' && before.get(p.id)?.state === 'open',
    );
    if (opened.length > 0 || decided.length > 0) report.current({ opened, decided });
  }, [data, documentId]);

  const reload = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: queryKeys.proposals(documentId) }),
    [queryClient, documentId],
  );
  const state: ProposalsState = !data
    ? { kind: 'loading' }
    : data.ok
      ? { kind: 'ready', proposals: data.data }
      : { kind: 'problem', message: data.problem.message };
  const proposals = state.kind === 'ready' ? state.proposals : [];
  const soonestClose = Math.min(
    ...proposals.filter((p) => p.state === 'open').map((p) => Date.parse(p.closesAt)),
  );
  useEffect(() => {
    if (!Number.isFinite(soonestClose)) return;
    const atClose = setTimeout(reload, Math.max(0, soonestClose - Date.now()) + AFTER_CLOSE_MS);
    return () => clearTimeout(atClose);
  }, [soonestClose, reload]);
  return [state, reload];
}
