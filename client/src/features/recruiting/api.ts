// The REST calls behind recruiting: the public page and its join form (anyone), the page's
// settings and the join requests (facilitators).
import type {
  AnswerJoinRequestBody,
  JoinLetter,
  JoinRequest,
  JoinRequestBody,
  JoinRequestList,
  PublicPage,
  PublicPageSettings,
  SavePublicPageBody,
} from '@roundtable/shared/protocol/recruiting';
import * as routes from '@roundtable/shared/protocol/routes';
import { call, pathOf, type ApiResult } from '../../app/http.ts';

export function readPublicPage(slug: string): Promise<ApiResult<PublicPage>> {
  return call(routes.getPublicPage, { params: { slug } });
}

export function sendJoinRequest(slug: string, body: JoinRequestBody) {
  return call(routes.sendJoinRequest, { params: { slug }, body });
}

export function readPublicPageSettings(id: string): Promise<ApiResult<PublicPageSettings>> {
  return call(routes.getPublicPageSettings, { params: { id } });
}

export function savePublicPage(
  id: string,
  body: SavePublicPageBody,
): Promise<ApiResult<PublicPageSettings>> {
  return call(routes.savePublicPage, { params: { id }, body });
}

export function listJoinRequests(id: string): Promise<ApiResult<JoinRequestList>> {
  return call(routes.listJoinRequests, { params: { id } });
}

export function answerJoinRequest(
  id: string,
  requestId: string,
  body: AnswerJoinRequestBody,
): Promise<ApiResult<JoinRequest>> {
  return call(routes.answerJoinRequest, { params: { id, requestId }, body });
}

export function readLetter(id: string, requestId: string): Promise<ApiResult<JoinLetter>> {
  return call(routes.getJoinLetter, { params: { id, requestId } });
}

export function eraseJoinRequest(id: string, requestId: string) {
  return call(routes.eraseJoinRequest, { params: { id, requestId } });
}

export function retryMail(id: string, mailId: string) {
  return call(routes.retryMail, { params: { id, mailId } });
}

export const joinRequestDataPath = (id: string, requestId: string): string =>
  pathOf(routes.downloadJoinRequest, { params: { id, requestId } });
