// REST: /api/workspaces
import { Router } from 'express';
import { z } from 'zod';
import { ErrorBody } from '@roundtable/shared/protocol/errors';
import { Id } from '@roundtable/shared/protocol/ids';
import {
  CreateWorkspaceBody,
  UpdateWorkspaceBody,
  Workspace,
  WorkspaceList,
  WorkspaceSettings,
  WorkspaceSettingsChange,
} from '@roundtable/shared/protocol/workspaces';
import type { WorkspaceService } from '../services/workspaces.ts';
import type { RouteRegistry } from './route.ts';

const ById = z.object({ id: Id });

export function workspaceRoutes(registry: RouteRegistry, workspaces: WorkspaceService): Router {
  const router = Router();
  registry.add(
    router,
    {
      method: 'get',
      path: '/api/workspaces',
      tag: 'workspaces',
      summary: 'List workspaces',
      responses: { 200: { description: 'The workspaces', schema: WorkspaceList } },
    },
    async ({ auth }) => ({ status: 200, body: await workspaces.list(auth) }),
  );
  registry.add(
    router,
    {
      method: 'post',
      path: '/api/workspaces',
      tag: 'workspaces',
      summary: 'Create a workspace',
      body: CreateWorkspaceBody,
      responses: {
        201: { description: 'Created', schema: Workspace },
        400: { description: 'Invalid body', schema: ErrorBody },
      },
    },
    async ({ auth, body }) => ({ status: 201, body: await workspaces.create(auth, body.name) }),
  );
  registry.add(
    router,
    {
      method: 'get',
      path: '/api/workspaces/:id',
      tag: 'workspaces',
      summary: 'Get a workspace',
      params: ById,
      responses: {
        200: { description: 'The workspace', schema: Workspace },
        404: { description: 'No such workspace', schema: ErrorBody },
      },
    },
    async ({ auth, params }) => ({ status: 200, body: await workspaces.get(auth, params.id) }),
  );
  registry.add(
    router,
    {
      method: 'patch',
      path: '/api/workspaces/:id',
      tag: 'workspaces',
      summary: 'Rename a workspace',
      params: ById,
      body: UpdateWorkspaceBody,
      responses: {
        200: { description: 'Renamed', schema: Workspace },
        400: { description: 'Invalid body', schema: ErrorBody },
        404: { description: 'No such workspace', schema: ErrorBody },
      },
    },
    async ({ auth, params, body }) => ({
      status: 200,
      body: await workspaces.rename(auth, params.id, body.name),
    }),
  );
  registry.add(
    router,
    {
      method: 'get',
      path: '/api/workspaces/:id/settings',
      tag: 'workspaces',
      summary: "A workspace's settings (e.g. its agreement rule)",
      params: ById,
      responses: { 200: { description: 'Settings', schema: WorkspaceSettings } },
    },
    async ({ auth, params }) => ({ status: 200, body: await workspaces.settings(auth, params.id) }),
  );
  registry.add(
    router,
    {
      method: 'put',
      path: '/api/workspaces/:id/settings',
      tag: 'workspaces',
      summary: "Change a workspace's settings (facilitators)",
      params: ById,
      body: WorkspaceSettings,
      responses: { 200: { description: 'Saved', schema: WorkspaceSettings } },
    },
    async ({ auth, params, body }) => ({
      status: 200,
      body: await workspaces.updateSettings(auth, params.id, body),
    }),
  );
  registry.add(
    router,
    {
      method: 'patch',
      path: '/api/workspaces/:id/settings',
      tag: 'workspaces',
      summary: "Change some of a workspace's settings, keeping the rest (facilitators)",
      params: ById,
      body: WorkspaceSettingsChange,
      responses: { 200: { description: 'Saved', schema: WorkspaceSettings } },
    },
    async ({ auth, params, body }) => ({
      status: 200,
      body: await workspaces.changeSettings(auth, params.id, body),
    }),
  );
  return router;
}
