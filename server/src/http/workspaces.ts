// REST: /api/workspaces
import { Router } from 'express';
import * as routes from '@roundtable/shared/protocol/routes';
import type { WorkspaceService } from '../services/workspaces.ts';
import type { RouteRegistry } from './route.ts';

export function workspaceRoutes(registry: RouteRegistry, workspaces: WorkspaceService): Router {
  const router = Router();
  registry.add(router, routes.listWorkspaces, async ({ auth }) => ({
    status: 200,
    body: await workspaces.list(auth),
  }));
  registry.add(router, routes.createWorkspace, async ({ auth, body }) => ({
    status: 201,
    body: await workspaces.create(auth, body.name),
  }));
  registry.add(router, routes.getWorkspace, async ({ auth, params }) => ({
    status: 200,
    body: await workspaces.get(auth, params.id),
  }));
  registry.add(router, routes.renameWorkspace, async ({ auth, params, body }) => ({
    status: 200,
    body: await workspaces.rename(auth, params.id, body.name),
  }));
  registry.add(router, routes.getWorkspaceSettings, async ({ auth, params }) => ({
    status: 200,
    body: await workspaces.settings(auth, params.id),
  }));
  registry.add(router, routes.replaceWorkspaceSettings, async ({ auth, params, body }) => ({
    status: 200,
    body: await workspaces.updateSettings(auth, params.id, body),
  }));
  registry.add(router, routes.changeWorkspaceSettings, async ({ auth, params, body }) => ({
    status: 200,
    body: await workspaces.changeSettings(auth, params.id, body),
  }));
  return router;
}
