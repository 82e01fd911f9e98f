// Workspace use cases: a forum or board that owns documents. Whoever creates one is its
// first facilitator.
import type { MembershipStore } from '../storage/identity-ports.ts';
import {
  WorkspaceSettings,
  defaultWorkspaceSettings,
  type WorkspaceSettingsChange,
} from '@roundtable/shared/protocol/workspaces';
import type { WorkspaceRecord, WorkspaceStore } from '../storage/ports.ts';
import type { AuditLog } from './audit.ts';
import { authorize, signedIn, type AuthContext } from './auth-context.ts';
import { ServiceError } from './errors.ts';
import { newId } from './ids.ts';

export interface WorkspaceServiceOptions {
  store: WorkspaceStore;
  identity: MembershipStore;
  audit: AuditLog;
  now: () => Date;
  /** The settings changed (e.g. whether drafts in review take only suggestions). */
  onSettingsChanged?: (workspaceId: string) => void;
}

export class WorkspaceService {
  constructor(private readonly options: WorkspaceServiceOptions) {}

  async create(auth: AuthContext, name: string): Promise<WorkspaceRecord> {
    authorize(auth, 'workspace:create');
    const userId = signedIn(auth);
    const now = this.options.now().toISOString();
    const workspace = await this.options.store.createWorkspace({
      id: newId(),
      name,
      createdAt: now,
    });
    await this.options.identity.putMembership({
      workspaceId: workspace.id,
      userId,
      role: 'facilitator',
      joinedAt: now,
      inviteId: null,
    });
    await this.options.audit.record({
      actorId: userId,
      workspaceId: workspace.id,
      action: 'workspace.created',
      subject: workspace.id,
    });
    return workspace;
  }

  /** The workspaces this person belongs to (all of them for an administrator). */
  async list(auth: AuthContext): Promise<WorkspaceRecord[]> {
    const userId = signedIn(auth);
    const all = await this.options.store.listWorkspaces();
    if (auth.actor.kind === 'user' && auth.actor.isAdmin) return all;
    const mine = new Set(
      (await this.options.identity.listMemberships(userId)).map((m) => m.workspaceId),
    );
    return all.filter((workspace) => mine.has(workspace.id));
  }

  async get(auth: AuthContext, id: string): Promise<WorkspaceRecord> {
    const workspace = await this.options.store.getWorkspace(id);
    if (!workspace) throw new ServiceError('not_found', 'There is no workspace with this id');
    authorize(auth, 'workspace:read', { workspaceId: id });
    return workspace;
  }

  async rename(auth: AuthContext, id: string, name: string): Promise<WorkspaceRecord> {
    await this.get(auth, id);
    authorize(auth, 'workspace:rename', { workspaceId: id });
    const workspace = await this.options.store.renameWorkspace(id, name);
    if (!workspace) throw new ServiceError('not_found', 'There is no workspace with this id');
    return workspace;
  }

  async settings(auth: AuthContext, id: string): Promise<WorkspaceSettings> {
    await this.get(auth, id);
    return this.settingsOf(id);
  }

  /** The settings as stored, or the defaults. Used inside the server without a person. */
  async settingsOf(id: string): Promise<WorkspaceSettings> {
    const parsed = WorkspaceSettings.safeParse(await this.options.store.getSettings(id));
    return parsed.success ? parsed.data : defaultWorkspaceSettings;
  }

  async updateSettings(
    auth: AuthContext,
    id: string,
    settings: WorkspaceSettings,
  ): Promise<WorkspaceSettings> {
    await this.get(auth, id);
    authorize(auth, 'workspace:rename', { workspaceId: id });
    // Whether the public's comments are read before they show is the consultations' runners'
    // call (the workspace's facilitators), not an administrator's from outside.
    const before = await this.settingsOf(id);
    if (settings.consultationCommentsModerated !== before.consultationCommentsModerated) {
      authorize(auth, 'consultation:run', { workspaceId: id });
    }
    await this.options.store.putSettings(id, settings);
    await this.options.audit.record({
      actorId: auth.userId,
      workspaceId: id,
      action: 'workspace.settings-changed',
      subject: id,
      details: { settings },
    });
    this.options.onSettingsChanged?.(id);
    return settings;
  }

  /** Changes only the settings named, so two forms that each edit one cannot undo each other. */
  async changeSettings(
    auth: AuthContext,
    id: string,
    change: WorkspaceSettingsChange,
  ): Promise<WorkspaceSettings> {
    await this.get(auth, id);
    return this.updateSettings(auth, id, { ...(await this.settingsOf(id)), ...change });
  }
}
