// REST for scheduling meetings and listing them; running a meeting happens on /meeting.
import { Router } from 'express';
import { viewFor } from '@roundtable/shared/domain/meeting/view';
import * as routes from '@roundtable/shared/protocol/routes';
import { signedIn } from '../services/auth-context.ts';
import { summarize, type MeetingService } from '../services/meetings.ts';
import type { RouteRegistry } from './route.ts';

export function meetingRoutes(
  registry: RouteRegistry,
  meetings: MeetingService,
  now: () => Date,
): Router {
  const router = Router();
  registry.add(router, routes.scheduleMeeting, async ({ auth, params, body }) => ({
    status: 201,
    body: summarize(await meetings.schedule(auth, params.id, body)),
  }));
  registry.add(router, routes.listMeetings, async ({ auth, params }) => ({
    status: 200,
    body: await meetings.list(auth, params.id),
  }));
  registry.add(router, routes.getMeeting, async ({ auth, params }) => {
    const state = await meetings.get(auth, params.id);
    const viewer = meetings.viewerFor(auth.actor, signedIn(auth), state.workspaceId);
    return { status: 200, body: viewFor(state, viewer, [], now().getTime()) };
  });
  registry.add(router, routes.listWorkspaceActions, async ({ auth, params }) => ({
    status: 200,
    body: await meetings.actions(auth, params.id),
  }));
  registry.add(router, routes.updateAction, async ({ auth, params, body }) => {
    await meetings.execute(auth, params.id, {
      type: 'action:update',
      actionId: params.actionId,
      status: body.status,
    });
    return { status: 204 };
  });
  return router;
}
