// The REST calls behind a workspace's hard words, one function each.
import type {
  AddHardWordBody,
  ChangeHardWordBody,
  HardWordView,
} from '@roundtable/shared/protocol/hard-words';
import * as routes from '@roundtable/shared/protocol/routes';
import { call, type ApiResult } from '../../app/http.ts';

export function listHardWords(workspaceId: string): Promise<ApiResult<HardWordView[]>> {
  return call(routes.listHardWords, { params: { id: workspaceId } });
}

export function addHardWord(
  workspaceId: string,
  body: AddHardWordBody,
): Promise<ApiResult<HardWordView>> {
  return call(routes.addHardWord, { params: { id: workspaceId }, body });
}

export function changeHardWord(
  workspaceId: string,
  wordId: string,
  body: ChangeHardWordBody,
): Promise<ApiResult<HardWordView>> {
  return call(routes.changeHardWord, { params: { id: workspaceId, wordId }, body });
}

export function removeHardWord(workspaceId: string, wordId: string): Promise<ApiResult<unknown>> {
  return call(routes.removeHardWord, { params: { id: workspaceId, wordId } });
}
