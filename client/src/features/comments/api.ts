// REST calls for comments, each checked against the shared schemas.
import {
  ThreadList,
  ThreadView,
  type CreateThreadBody,
  type ReplyBody,
} from '@roundtable/shared/protocol/comments';
import {
  WorkspaceSettings,
  type WorkspaceSettingsChange,
} from '@roundtable/shared/protocol/workspaces';
import { requestJson, type ApiResult } from '../../app/http.ts';
import type { OutboxAction } from './outbox.ts';

const path = encodeURIComponent;

export function listThreads(documentId: string): Promise<ApiResult<ThreadView[]>> {
  return requestJson(ThreadList, `/api/documents/${path(documentId)}/comments`);
}

export function createThread(
  documentId: string,
  body: CreateThreadBody,
): Promise<ApiResult<ThreadView>> {
  return requestJson(ThreadView, `/api/documents/${path(documentId)}/comments`, {
    method: 'POST',
    body,
  });
}

export function reply(threadId: string, body: ReplyBody): Promise<ApiResult<ThreadView>> {
  return requestJson(ThreadView, `/api/comment-threads/${path(threadId)}/replies`, {
    method: 'POST',
    body,
  });
}

/** Sends one action from the outbox; the answer is the thread as it now is. */
export function sendAction(action: OutboxAction): Promise<ApiResult<ThreadView>> {
  switch (action.kind) {
    case 'create':
      return createThread(action.documentId, action.body);
    case 'reply':
      return reply(action.threadId, action.body);
    case 'edit':
      return requestJson(ThreadView, `/api/comments/${path(action.commentId)}`, {
        method: 'PATCH',
        body: { body: action.body },
      });
    case 'delete':
      return requestJson(ThreadView, `/api/comments/${path(action.commentId)}`, {
        method: 'DELETE',
      });
    case 'resolve':
    case 'reopen':
      return requestJson(
        ThreadView,
        `/api/comment-threads/${path(action.threadId)}/${action.kind}`,
        {
          method: 'POST',
        },
      );
    default: {
      const unreachable: never = action;
      throw new Error(`unknown comment action ${String(unreachable)}`);
    }
  }
}

export function getWorkspaceSettings(workspaceId: string): Promise<ApiResult<WorkspaceSettings>> {
  return requestJson(WorkspaceSettings, `/api/workspaces/${path(workspaceId)}/settings`);
}

export function changeWorkspaceSettings(
  workspaceId: string,
  change: WorkspaceSettingsChange,
): Promise<ApiResult<WorkspaceSettings>> {
  return requestJson(WorkspaceSettings, `/api/workspaces/${path(workspaceId)}/settings`, {
    method: 'PATCH',
    body: change,
  });
}
