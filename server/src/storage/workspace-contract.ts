// Contract cases for workspaces and document records, run inside storeContract for every store.
import { beforeEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { at, storeFixtures, uniqueId } from './contract-fixtures.ts';
import type { Store } from './ports.ts';

export function workspaceContract(getStore: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = getStore();
  });
  const { newDocument } = storeFixtures(getStore);

  it('keeps workspaces, lists them, and renames them', async () => {
    const id = uniqueId('ws');
    await store.workspaces.createWorkspace({ id, name: 'Carers Forum', createdAt: at(0) });
    expect(await store.workspaces.getWorkspace(id)).toEqual({
      id,
      name: 'Carers Forum',
      createdAt: at(0),
    });
    expect((await store.workspaces.listWorkspaces()).map((w) => w.id)).toContain(id);
    expect((await store.workspaces.renameWorkspace(id, 'Carers Board'))?.name).toBe('Carers Board');
    expect(await store.workspaces.renameWorkspace('missing', 'x')).toBeUndefined();
    expect(await store.workspaces.getWorkspace('missing')).toBeUndefined();
  });

  it('keeps workspace settings as saved, replacing them on each save', async () => {
    const id = uniqueId('ws');
    await store.workspaces.createWorkspace({ id, name: 'Board', createdAt: at(0) });
    expect(await store.workspaces.getSettings(id)).toBeUndefined();
    await store.workspaces.putSettings(id, { agreementRule: { kind: 'share', percent: 75 } });
    await store.workspaces.putSettings(id, { agreementRule: { kind: 'share', percent: 80 } });
    expect(await store.workspaces.getSettings(id)).toEqual({
      agreementRule: { kind: 'share', percent: 80 },
    });
  });

  it('creates a document together with its first content', async () => {
    const id = await newDocument();
    const stored = await store.updates.loadDocument(id);
    expect(stored?.updates).toHaveLength(1);
    expect(stored?.logBytes).toBe(0);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored!.updates[0]!);
    expect(doc.getXmlFragment('default').toString()).toBe('<paragraph></paragraph>');
  });

  it('moves a document to the bin and back, and lists live and binned apart', async () => {
    const id = await newDocument();
    const record = await store.documents.getDocument(id);
    await store.documents.updateDocument(id, { deletedAt: at(5), updatedAt: at(5) });
    const live = await store.documents.listDocuments({
      workspaceId: record!.workspaceId,
      inBin: false,
    });
    const bin = await store.documents.listDocuments({
      workspaceId: record!.workspaceId,
      inBin: true,
    });
    expect(live.map((d) => d.id)).not.toContain(id);
    expect(bin.map((d) => d.id)).toEqual([id]);
    expect(bin[0]?.deletedAt).toBe(at(5));
    const restored = await store.documents.updateDocument(id, {
      deletedAt: null,
      updatedAt: at(6),
    });
    expect(restored?.deletedAt).toBeNull();
    const renamed = await store.documents.updateDocument(id, {
      title: 'Draft 2',
      updatedAt: at(7),
    });
    expect(renamed).toMatchObject({ title: 'Draft 2', updatedAt: at(7), deletedAt: null });
    expect(await store.documents.updateDocument('missing', { updatedAt: at(7) })).toBeUndefined();
  });

  it('erases from the bin only documents binned before the cutoff, with all their content', async () => {
    const old = await newDocument();
    const recent = await newDocument();
    await store.updates.appendUpdates([
      { documentId: old, update: Y.encodeStateAsUpdate(new Y.Doc()) },
    ]);
    await store.documents.updateDocument(old, { deletedAt: at(1), updatedAt: at(1) });
    await store.documents.updateDocument(recent, { deletedAt: at(30), updatedAt: at(30) });
    expect(await store.documents.purgeBin(at(10))).toEqual([old]);
    expect(await store.documents.getDocument(old)).toBeUndefined();
    expect(await store.updates.loadDocument(old)).toBeUndefined();
    expect(await store.documents.getDocument(recent)).toBeDefined();
  });
}
