// REST calls for comments, each checked against the shared schemas.
import type { CreateThreadBody, ReplyBody, ThreadView } from '@roundtable/shared/protocol/comments';
import * as routes from '@roundtable/shared/protocol/routes';
import type {
  WorkspaceSettings,
  WorkspaceSettingsChange,
} from '@roundtable/shared/protocol/workspaces';
import { call, type ApiResult } from '../../app/http.ts';
import type { OutboxAction } from './outbox.ts';

export function listThreads(documentId: string): Promise<ApiResult<ThreadView[]>> {
  return call(routes.listThreads, { params: { id: documentId } });
}

export function createThread(
  documentId: string,
  body: CreateThreadBody,
): Promise<ApiResult<ThreadView>> {
  return call(routes.createThread, { params: { id: documentId }, body });
}

export function reply(threadId: string, body: ReplyBody): Promise<ApiResult<ThreadView>> {
  return call(routes.replyInThread, { params: { id: threadId }, body });
}

/** Sends one action from the outbox; the answer is the thread as it now is. */
export function sendAction(action: OutboxAction): Promise<ApiResult<ThreadView>> {
  switch (action.kind) {
    case 'create':
      return createThread(action.documentId, action.body);
    case 'reply':
      return reply(action.threadId, action.body);
    case 'edit':
      return call(routes.editComment, {
        params: { id: action.commentId },
        body: { body: action.body },
      });
    case 'delete':
      return call(routes.deleteComment, { params: { id: action.commentId } });
    case 'resolve':
      return call(routes.resolveThread, { params: { id: action.threadId } });
    case 'reopen':
      return call(routes.reopenThread, { params: { id: action.threadId } });
    default: {
      const unreachable: never = action;
      throw new Error(`unknown comment action ${String(unreachable)}`);
    }
  }
}

export function getWorkspaceSettings(workspaceId: string): Promise<ApiResult<WorkspaceSettings>> {
  return call(routes.getWorkspaceSettings, { params: { id: workspaceId } });
}

export function changeWorkspaceSettings(
  workspaceId: string,
  change: WorkspaceSettingsChange,
): Promise<ApiResult<WorkspaceSettings>> {
  return call(routes.changeWorkspaceSettings, { params: { id: workspaceId }, body: change });
}
