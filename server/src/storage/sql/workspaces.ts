// Workspaces and their settings.
import { sql, type Selectable } from 'kysely';
import type { WorkspaceRecord, WorkspaceStore } from '../ports.ts';
import type { SqlStorage } from './connect.ts';
import type { WorkspacesTable } from './database.ts';
import { fromJson, toJson } from './rows.ts';

const toWorkspace = (row: Selectable<WorkspacesTable>): WorkspaceRecord => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at,
});

export function sqlWorkspaces({ db }: SqlStorage): WorkspaceStore {
  return {
    async createWorkspace(input) {
      await db
        .insertInto('workspaces')
        .values({ id: input.id, name: input.name, created_at: input.createdAt })
        .execute();
      return { ...input };
    },
    async getWorkspace(id) {
      const row = await db
        .selectFrom('workspaces')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toWorkspace(row);
    },
    async listWorkspaces() {
      // lower() folds the same (ASCII) letters as SQLite's NOCASE did.
      const rows = await db
        .selectFrom('workspaces')
        .selectAll()
        .orderBy('created_at')
        .orderBy(sql`lower(name)`)
        .execute();
      return rows.map(toWorkspace);
    },
    async getSettings(id) {
      const row = await db
        .selectFrom('workspace_settings')
        .select('settings')
        .where('workspace_id', '=', id)
        .executeTakeFirst();
      return row ? fromJson<unknown>(row.settings) : undefined;
    },
    async putSettings(id, settings) {
      await db
        .insertInto('workspace_settings')
        .values({ workspace_id: id, settings: toJson(settings) })
        .onConflict((oc) =>
          oc
            .column('workspace_id')
            .doUpdateSet((eb) => ({ settings: eb.ref('excluded.settings') })),
        )
        .execute();
    },
    async renameWorkspace(id, name) {
      const row = await db
        .updateTable('workspaces')
        .set({ name })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      return row && toWorkspace(row);
    },
  };
}
