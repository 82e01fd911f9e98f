// A document's proposals to agree a version, kept fresh while any is open: read again every
// little while (to see new responses counted) and just after the soonest closing time (when the
// server decides it). Reports what changed without the person doing anything, to be announced.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProposalSummary } from '@roundtable/shared/protocol/proposals';
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
  const [state, setState] = useState<ProposalsState>({ kind: 'loading' });
  const [round, setRound] = useState(0);
  const known = useRef<Map<string, ProposalSummary> | null>(null);
  const report = useRef(onChanges);
  useEffect(() => {
    report.current = onChanges;
  });

  useEffect(() => {
    known.current = null;
  }, [documentId]);

  useEffect(() => {
    let live = true;
    void listProposals(documentId).then((result) => {
      if (!live) return;
      if (!result.ok) {
        setState({ kind: 'problem', message: result.problem.message });
        return;
      }
      const before = known.current;
      known.current = new Map(result.data.map((p) => [p.id, p]));
      setState({ kind: 'ready', proposals: result.data });
      if (!before) return;
      const opened = result.data.filter((p) => p.state === 'open' && !before.has(p.id));
      const decided = result.data.filter(
        (p) => p.state !== 'open' && before.get(p.id)?.state === 'open',
      );
      if (opened.length > 0 || decided.length > 0) report.current({ opened, decided });
    });
    return () => {
      live = false;
    };
  }, [documentId, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  const proposals = state.kind === 'ready' ? state.proposals : [];
  const soonestClose = Math.min(
    ...proposals.filter((p) => p.state === 'open').map((p) => Date.parse(p.closesAt)),
  );
  useEffect(() => {
    if (!Number.isFinite(soonestClose)) return;
    const refresh = setInterval(reload, REFRESH_MS);
    const atClose = setTimeout(reload, Math.max(0, soonestClose - Date.now()) + AFTER_CLOSE_MS);
    return () => {
      clearInterval(refresh);
      clearTimeout(atClose);
    };
  }, [soonestClose, reload]);
  return [state, reload];
}
