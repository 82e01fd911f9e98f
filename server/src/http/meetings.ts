// REST for scheduling meetings and listing them; running a meeting happens on /meeting.
import { Router } from 'express';
import { z } from 'zod';
import { viewFor } from '@roundtable/shared/domain/meeting/view';
import { ErrorBody } from '@roundtable/shared/protocol/errors';
import { Id } from '@roundtable/shared/protocol/ids';
import {
  MeetingSummary,
  ScheduleMeetingBody,
  UpdateActionBody,
  WorkspaceAction,
} from '@roundtable/shared/protocol/meeting';
import { signedIn } from '../services/auth-context.ts';
import { summarize, type MeetingService } from '../services/meetings.ts';
import type { RouteRegistry } from './route.ts';

const InWorkspace = z.object({ id: Id });

export function meetingRoutes(
  registry: RouteRegistry,
  meetings: MeetingService,
  now: () => Date,
): Router {
  const router = Router();
  registry.add(
    router,
    {
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
    },
    async ({ auth, params, body }) => ({
      status: 201,
      body: summarize(await meetings.schedule(auth, params.id, body)),
    }),
  );
  registry.add(
    router,
    {
      method: 'get',
      path: '/api/workspaces/:id/meetings',
      tag: 'meetings',
      summary: "A workspace's meetings, soonest first",
      params: InWorkspace,
      responses: { 200: { description: 'Meetings', schema: z.array(MeetingSummary) } },
    },
    async ({ auth, params }) => ({ status: 200, body: await meetings.list(auth, params.id) }),
  );
  registry.add(
    router,
    {
      method: 'get',
      path: '/api/meetings/:id',
      tag: 'meetings',
      summary: 'A meeting as I may see it (the live version comes over /meeting)',
      params: InWorkspace,
      responses: {
        200: { description: 'The meeting' },
        404: { description: 'No such meeting', schema: ErrorBody },
      },
    },
    async ({ auth, params }) => {
      const state = await meetings.get(auth, params.id);
      const viewer = meetings.viewerFor(auth.actor, signedIn(auth), state.workspaceId);
      return { status: 200, body: viewFor(state, viewer, [], now().getTime()) };
    },
  );
  registry.add(
    router,
    {
      method: 'get',
      path: '/api/workspaces/:id/actions',
      tag: 'meetings',
      summary: 'Actions from all the workspace’s meetings, open ones first ("You said, we did")',
      params: InWorkspace,
      responses: { 200: { description: 'Actions', schema: z.array(WorkspaceAction) } },
    },
    async ({ auth, params }) => ({ status: 200, body: await meetings.actions(auth, params.id) }),
  );
  registry.add(
    router,
    {
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
    },
    async ({ auth, params, body }) => {
      await meetings.execute(auth, params.id, {
        type: 'action:update',
        actionId: params.actionId,
        status: body.status,
      });
      return { status: 204 };
    },
  );
  return router;
}
