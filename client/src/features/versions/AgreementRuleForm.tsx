// For facilitators: the workspace's agreement rule, which decides whether an agreement poll
// agreed its version. "Nobody disagrees" is the default; or a chosen share of those responding.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { WorkspaceSettings } from '@roundtable/shared/protocol/workspaces';
import type { ApiResult } from '../../app/http.ts';
import { queryKeys } from '../../app/query-keys.ts';
import { Button } from '../../ui/index.ts';
import { getWorkspaceSettings, putWorkspaceSettings } from './api.ts';
import './versions.css';

export function AgreementRuleForm({ workspaceId }: { workspaceId: string }) {
  const { data: settings } = useQuery({
    queryKey: queryKeys.workspaceSettings(workspaceId),
    queryFn: () => getWorkspaceSettings(workspaceId),
  });
  if (!settings?.ok) return null;
  return <RuleForm workspaceId={workspaceId} rule={settings.data.agreementRule} />;
}

function RuleForm({
  workspaceId,
  rule,
}: {
  workspaceId: string;
  rule: WorkspaceSettings['agreementRule'];
}) {
  const id = useId();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<'no-one-disagrees' | 'share'>(rule.kind);
  const [percent, setPercent] = useState(rule.kind === 'share' ? String(rule.percent) : '75');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const share = Number(percent);
    if (kind === 'share' && (!Number.isInteger(share) || share < 50 || share > 100)) {
      setMessage({ ok: false, text: 'Please choose a whole number from 50 to 100.' });
      return;
    }
    const agreementRule: WorkspaceSettings['agreementRule'] =
      kind === 'share' ? { kind, percent: share } : { kind };
    const result = await putWorkspaceSettings(workspaceId, { agreementRule });
    if (result.ok) {
      queryClient.setQueryData(
        queryKeys.workspaceSettings(workspaceId),
        (current: ApiResult<WorkspaceSettings> | undefined) =>
          current?.ok ? { ...current, data: { ...current.data, agreementRule } } : current,
      );
      setMessage({ ok: true, text: 'Saved. Agreement polls from now on use this rule.' });
    } else setMessage({ ok: false, text: result.message });
  };

  return (
    <details className="rt-card rt-agreement-rule">
      <summary>Agreement rule: how the group agrees a version</summary>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <fieldset>
          <legend>A version is agreed when…</legend>
          <div className="rt-check">
            <input
              className="rt-check__input"
              type="radio"
              name={`${id}-rule`}
              id={`${id}-none`}
              checked={kind === 'no-one-disagrees'}
              onChange={() => setKind('no-one-disagrees')}
            />
            <label className="rt-check__label" htmlFor={`${id}-none`}>
              Nobody disagrees
              <span className="rt-check__hint">
                And nobody asks for more time. Agreeing with concerns still counts as agreeing.
              </span>
            </label>
          </div>
          <div className="rt-check">
            <input
              className="rt-check__input"
              type="radio"
              name={`${id}-rule`}
              id={`${id}-share`}
              checked={kind === 'share'}
              onChange={() => setKind('share')}
            />
            <label className="rt-check__label" htmlFor={`${id}-share`}>
              Enough people agree
              <span className="rt-check__hint">
                A share of the people who answer, chosen below.
              </span>
            </label>
          </div>
        </fieldset>
        {kind === 'share' ? (
          <div className="rt-field">
            <label className="rt-field__label" htmlFor={`${id}-percent`}>
              At least this many in every 100 who answer must agree (50 to 100)
            </label>
            <input
              id={`${id}-percent`}
              className="rt-field__input"
              type="number"
              inputMode="numeric"
              min={50}
              max={100}
              value={percent}
              onChange={(event) => setPercent(event.target.value)}
            />
          </div>
        ) : null}
        <Button type="submit" variant="primary">
          Save the rule
        </Button>
        <p role="status" className={message && !message.ok ? 'rt-form-error' : undefined}>
          {message?.text ?? ''}
        </p>
      </form>
    </details>
  );
}
