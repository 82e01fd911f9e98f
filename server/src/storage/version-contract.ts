// Contract cases for the version store, run inside storeContract for every store.
import { expect, it } from 'vitest';
import { initialDocumentState } from '../documents/snapshot.ts';
import type { Store } from './ports.ts';
import type { VersionRecord } from './version-ports.ts';

export function versionContract(getStore: () => Store): void {
  const documentWithVersions = async (prefix: string) => {
    const store = getStore();
    const workspaceId = `ws-${prefix}`;
    await store.workspaces.createWorkspace({
      id: workspaceId,
      name: 'Board',
      createdAt: '2026-11-01T09:00:00.000Z',
    });
    const documentId = `doc-${prefix}`;
    await store.documents.createDocument({
      record: {
        id: documentId,
        workspaceId,
        title: 'Strategy',
        createdAt: '2026-11-01T09:00:00.000Z',
        updatedAt: '2026-11-01T09:00:00.000Z',
      },
      initialState: initialDocumentState(),
    });
    const version = (id: string, minute: number): VersionRecord => ({
      id,
      documentId,
      name: `Version ${id}`,
      kind: 'named',
      createdBy: null,
      createdAt: new Date(Date.UTC(2026, 10, 2, 9, minute)).toISOString(),
      agreement: null,
    });
    await store.versions.createVersion(version(`${prefix}-1`, 1), new Uint8Array([1, 2, 3]));
    await store.versions.createVersion(version(`${prefix}-2`, 2), new Uint8Array([4, 5]));
    return documentId;
  };

  it('keeps versions with their whole state, newest first', async () => {
    const documentId = await documentWithVersions('v-list');
    const versions = await getStore().versions.listVersions(documentId);
    expect(versions.map((v) => v.id)).toEqual(['v-list-2', 'v-list-1']);
    expect(await getStore().versions.getVersionState('v-list-1')).toEqual(
      new Uint8Array([1, 2, 3]),
    );
    expect(await getStore().versions.getVersion('missing')).toBeUndefined();
  });

  it('freezes an agreed version: agreed once, never renamed or deleted', async () => {
    await documentWithVersions('v-agree');
    const agreement = {
      agreedAt: '2026-11-03T10:00:00.000Z',
      how: { pollId: 'p1', rule: 'no-one-disagrees' },
    };
    expect(await getStore().versions.markAgreed('v-agree-1', agreement)).toBe(true);
    expect(await getStore().versions.markAgreed('v-agree-1', agreement)).toBe(false);
    expect((await getStore().versions.getVersion('v-agree-1'))?.agreement).toEqual(agreement);
    expect(await getStore().versions.renameVersion('v-agree-1', 'Changed')).toBe(false);
    expect(await getStore().versions.deleteVersion('v-agree-1')).toBe(false);
    expect(await getStore().versions.renameVersion('v-agree-2', 'After workshop 3')).toBe(true);
    expect(await getStore().versions.deleteVersion('v-agree-2')).toBe(true);
  });
}
