// Routes for /api/workspaces and a workspace's settings.
import { ErrorBody } from '../errors.ts';
import {
  CreateWorkspaceBody,
  UpdateWorkspaceBody,
  Workspace,
  WorkspaceList,
  WorkspaceSettings,
  WorkspaceSettingsChange,
} from '../workspaces.ts';
import { ById, route } from './spec.ts';

export const listWorkspaces = route({
  method: 'get',
  path: '/api/workspaces',
  tag: 'workspaces',
  summary: 'List workspaces',
  responses: { 200: { description: 'The workspaces', schema: WorkspaceList } },
});

export const createWorkspace = route({
  method: 'post',
  path: '/api/workspaces',
  tag: 'workspaces',
  summary: 'Create a workspace',
  body: CreateWorkspaceBody,
  responses: {
    201: { description: 'Created', schema: Workspace },
    400: { description: 'Invalid body', schema: ErrorBody },
  },
});

export const getWorkspace = route({
  method: 'get',
  path: '/api/workspaces/:id',
  tag: 'workspaces',
  summary: 'Get a workspace',
  params: ById,
  responses: {
    200: { description: 'The workspace', schema: Workspace },
    404: { description: 'No such workspace', schema: ErrorBody },
  },
});

export const renameWorkspace = route({
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
});

export const getWorkspaceSettings = route({
  method: 'get',
  path: '/api/workspaces/:id/settings',
  tag: 'workspaces',
  summary: "A workspace's settings (e.g. its agreement rule)",
  params: ById,
  responses: { 200: { description: 'Settings', schema: WorkspaceSettings } },
});

export const replaceWorkspaceSettings = route({
  method: 'put',
  path: '/api/workspaces/:id/settings',
  tag: 'workspaces',
  summary: "Change a workspace's settings (facilitators)",
  params: ById,
  body: WorkspaceSettings,
  responses: { 200: { description: 'Saved', schema: WorkspaceSettings } },
});

export const changeWorkspaceSettings = route({
  method: 'patch',
  path: '/api/workspaces/:id/settings',
  tag: 'workspaces',
  summary: "Change some of a workspace's settings, keeping the rest (facilitators)",
  params: ById,
  body: WorkspaceSettingsChange,
  responses: { 200: { description: 'Saved', schema: WorkspaceSettings } },
});
