// The REST calls behind the public notices and the consent choice.
import type { Notice, NoticeKind } from '@roundtable/shared/protocol/notices';
import type { Profile } from '@roundtable/shared/protocol/people';
import * as routes from '@roundtable/shared/protocol/routes';
import { call, type ApiResult } from '../../app/http.ts';

export function readNotice(kind: NoticeKind): Promise<ApiResult<Notice>> {
  return call(routes.getNotice, { params: { kind } });
}

export function saveNotice(kind: NoticeKind, text: string): Promise<ApiResult<Notice>> {
  return call(routes.saveNotice, { params: { kind }, body: { text } });
}

export function resetNotice(kind: NoticeKind): Promise<ApiResult<Notice>> {
  return call(routes.resetNotice, { params: { kind } });
}

export function saveNameInRecord(nameInRecord: boolean): Promise<ApiResult<Profile>> {
  return call(routes.updateMe, { body: { nameInRecord } });
}
