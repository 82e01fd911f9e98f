// /privacy and /accessibility: public pages anyone can read, signed in or not. An administrator
// sees "Change this page" and edits it here, with a preview, or starts again from the template.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Notice, NoticeKind } from '@roundtable/shared/protocol/notices';
import { queryKeys } from '../../app/query-keys.ts';
import { Button, dayWords, usePageTitle } from '../../ui/index.ts';
import { useMe } from '../access/index.ts';
import { readNotice } from './api.ts';
import { NoticeEditor } from './NoticeEditor.tsx';
import { NoticeText } from './NoticeText.tsx';
import './notices.css';

export const NOTICE_TITLES: Record<NoticeKind, string> = {
  privacy: 'Privacy notice',
  accessibility: 'Accessibility statement',
};

export function NoticePage({ kind }: { kind: NoticeKind }) {
  const title = NOTICE_TITLES[kind];
  usePageTitle(title);
  const { state } = useMe();
  const isAdmin = state.status === 'signed-in' && state.me.profile.isAdmin;
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const { data: result } = useQuery({
    queryKey: queryKeys.notice(kind),
    queryFn: () => readNotice(kind),
  });
  const notice = result?.ok ? result.data : null;
  const done = (saved: Notice | null) => {
    if (saved) queryClient.setQueryData(queryKeys.notice(kind), { ok: true, data: saved });
    setEditing(false);
  };

  return (
    <div className="rt-page rt-narrow">
      <h1 className="rt-page-title" tabIndex={-1}>
        {title}
      </h1>
      {!result ? <p className="rt-muted">Loading…</p> : null}
      {result && !result.ok ? (
        <p className="rt-card rt-problem" role="alert">
          {result.problem.message}
        </p>
      ) : null}
      {notice && isAdmin && !editing ? (
        <div className="rt-card rt-notice-admin">
          {notice.fromTemplate ? (
            <p>
              This page is the template Roundtable filled in. Add what only your organisation knows,
              where it says so in [square brackets].
            </p>
          ) : null}
          <Button onClick={() => setEditing(true)}>Change this page</Button>
        </div>
      ) : null}
      {notice && editing ? <NoticeEditor notice={notice} title={title} onDone={done} /> : null}
      {notice && !editing ? <NoticeText text={notice.text} /> : null}
      {notice?.updatedAt && !editing ? (
        <p className="rt-muted">Last changed on {dayWords(notice.updatedAt)}.</p>
      ) : null}
    </div>
  );
}
