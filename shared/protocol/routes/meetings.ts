// Routes for scheduling meetings and listing them; running a meeting happens on /meeting.
import { z } from 'zod';
import { ErrorBody } from '../errors.ts';
import { Id } from '../ids.ts';
import {
  MeetingSummary,
  ScheduleMeetingBody,
  UpdateActionBody,
  WorkspaceAction,
} from '../meeting.ts';
import { route } from './spec.ts';

const InWorkspace = z.object({ id: Id });

export const scheduleMeeting = route({
  method: 'post',
  path: '/api/workspaces/:id/meetings',
  tag: 'meetings',
  summary: 'Schedule a meeting with its agenda (facilitators)',
  params: InWorkspace,
  body: ScheduleMeetingBody,
  responses: {
    201: { description: 'Scheduled', schema: MeetingSummary },
    403: { description: 'Not a facilitator', schema: ErrorBody },
  },
});

export const listMeetings = route({
  method: 'get',
  path: '/api/workspaces/:id/meetings',
  tag: 'meetings',
  summary: "A workspace's meetings, soonest first",
  params: InWorkspace,
  responses: { 200: { description: 'Meetings', schema: z.array(MeetingSummary) } },
});

export const getMeeting = route({
  method: 'get',
  path: '/api/meetings/:id',
  tag: 'meetings',
  summary: 'A meeting as I may see it (the live version comes over /meeting)',
  params: InWorkspace,
  responses: {
    200: { description: 'The meeting' },
    404: { description: 'No such meeting', schema: ErrorBody },
  },
});

export const listWorkspaceActions = route({
  method: 'get',
  path: '/api/workspaces/:id/actions',
  tag: 'meetings',
  summary: 'Actions from all the workspace’s meetings, open ones first ("You said, we did")',
  params: InWorkspace,
  responses: { 200: { description: 'Actions', schema: z.array(WorkspaceAction) } },
});

export const updateAction = route({
  method: 'patch',
  path: '/api/meetings/:id/actions/:actionId',
  tag: 'meetings',
  summary: 'Mark an action done (or open again), also after its meeting ended (facilitators)',
  params: z.object({ id: Id, actionId: Id }),
  body: UpdateActionBody,
  responses: {
    204: { description: 'Changed' },
    404: { description: 'No such action', schema: ErrorBody },
  },
});
