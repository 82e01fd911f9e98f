// The meeting REST calls: list a workspace's meetings, schedule one, and the names and documents
// the scheduling form and the answers list need. Running a meeting happens over the socket.
import type { DocumentSummary } from '@roundtable/shared/protocol/documents';
import type {
  MeetingSummary,
  ScheduleMeetingBody,
  WorkspaceAction,
} from '@roundtable/shared/protocol/meeting';
import * as routes from '@roundtable/shared/protocol/routes';
import type { Workspace } from '@roundtable/shared/protocol/workspaces';
import { call, type ApiResult } from '../../app/http.ts';

export function listMeetings(workspaceId: string): Promise<ApiResult<MeetingSummary[]>> {
  return call(routes.listMeetings, { params: { id: workspaceId } });
}

export function scheduleMeeting(
  workspaceId: string,
  body: ScheduleMeetingBody,
): Promise<ApiResult<MeetingSummary>> {
  return call(routes.scheduleMeeting, { params: { id: workspaceId }, body });
}

export function getWorkspace(workspaceId: string): Promise<ApiResult<Workspace>> {
  return call(routes.getWorkspace, { params: { id: workspaceId } });
}

export function listWorkspaceDocuments(workspaceId: string): Promise<ApiResult<DocumentSummary[]>> {
  return call(routes.listDocuments, { query: { workspaceId } });
}

/** Actions from all the workspace's meetings, open ones first ("You said, we did"). */
export function listWorkspaceActions(workspaceId: string): Promise<ApiResult<WorkspaceAction[]>> {
  return call(routes.listWorkspaceActions, { params: { id: workspaceId } });
}

/** Marks an action done, or open again (facilitators). The server answers 204, no body. */
export function updateAction(
  meetingId: string,
  actionId: string,
  status: WorkspaceAction['status'],
): Promise<ApiResult<null>> {
  return call(routes.updateAction, { params: { id: meetingId, actionId }, body: { status } });
}
