// The meeting REST calls: list a workspace's meetings, schedule one, and the names and documents
// the scheduling form and the answers list need. Running a meeting happens over the socket.
import { z } from 'zod';
import { DocumentList, type DocumentSummary } from '@roundtable/shared/protocol/documents';
import {
  MeetingSummary,
  WorkspaceAction,
  type ScheduleMeetingBody,
} from '@roundtable/shared/protocol/meeting';
import { Workspace } from '@roundtable/shared/protocol/workspaces';
import { requestJson, type ApiResult } from '../../app/http.ts';

const id = (value: string) => encodeURIComponent(value);

export function listMeetings(workspaceId: string): Promise<ApiResult<MeetingSummary[]>> {
  return requestJson(z.array(MeetingSummary), `/api/workspaces/${id(workspaceId)}/meetings`);
}

export function scheduleMeeting(
  workspaceId: string,
  body: ScheduleMeetingBody,
): Promise<ApiResult<MeetingSummary>> {
  return requestJson(MeetingSummary, `/api/workspaces/${id(workspaceId)}/meetings`, {
    method: 'POST',
    body,
  });
}

export function getWorkspace(workspaceId: string): Promise<ApiResult<Workspace>> {
  return requestJson(Workspace, `/api/workspaces/${id(workspaceId)}`);
}

export function listWorkspaceDocuments(workspaceId: string): Promise<ApiResult<DocumentSummary[]>> {
  return requestJson(DocumentList, `/api/documents?${new URLSearchParams({ workspaceId })}`);
}

/** Actions from all the workspace's meetings, open ones first ("You said, we did"). */
export function listWorkspaceActions(workspaceId: string): Promise<ApiResult<WorkspaceAction[]>> {
  return requestJson(z.array(WorkspaceAction), `/api/workspaces/${id(workspaceId)}/actions`);
}

/** Marks an action done, or open again (facilitators). The server answers 204, no body. */
export function updateAction(
  meetingId: string,
  actionId: string,
  status: WorkspaceAction['status'],
): Promise<ApiResult<null>> {
  return requestJson(z.null(), `/api/meetings/${id(meetingId)}/actions/${id(actionId)}`, {
    method: 'PATCH',
    body: { status },
  });
}
