// The quarantine contract: a stored update that fails to apply is moved aside (kept for an
// operator to inspect) in one transaction, so the document loads from the rest.
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { initialDocumentState } from '../documents/snapshot.ts';
import type { Store } from './ports.ts';

let counter = 0;
const uniqueId = (prefix: string): string => `${prefix}-q-${Date.now().toString(36)}-${counter++}`;
const at = (minute: number): string => new Date(Date.UTC(2026, 10, 2, 9, minute)).toISOString();
const bytes = (data: Uint8Array): Buffer => Buffer.from(data);

export function quarantineContract(current: () => Store): void {
  async function newDocument(): Promise<string> {
    const store = current();
    const workspaceId = uniqueId('ws');
    await store.workspaces.createWorkspace({ id: workspaceId, name: 'Board', createdAt: at(0) });
    const id = uniqueId('doc');
    await store.documents.createDocument({
      record: { id, workspaceId, title: 'Strategy', createdAt: at(1), updatedAt: at(1) },
      initialState: initialDocumentState(),
    });
    return id;
  }

  async function withLog(count: number): Promise<{ id: string; updates: Uint8Array[] }> {
    const id = await newDocument();
    const writer = new Y.Doc();
    const updates: Uint8Array[] = [];
    writer.on('update', (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < count; i++) writer.getText('t').insert(i, String(i));
    await current().updates.appendUpdates(updates.map((update) => ({ documentId: id, update })));
    return { id, updates };
  }

  it('says where each loaded update is stored: the snapshot, then log entries in order', async () => {
    const { id } = await withLog(3);
    const stored = await current().updates.loadDocument(id);
    expect(stored?.refs).toHaveLength(4);
    expect(stored?.refs[0]).toEqual({ kind: 'snapshot' });
    const seqs = stored!.refs.slice(1).map((ref) => (ref.kind === 'log' ? ref.seq : -1));
    expect(seqs.every((seq) => seq > 0)).toBe(true);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
  });

  it('moves a log entry to the quarantine with its bytes and error, and loads without it', async () => {
    const store = current();
    const { id, updates } = await withLog(3);
    const before = await store.updates.loadDocument(id);
    const ref = before!.refs[2]!;
    expect(await store.updates.quarantine(id, ref, { error: 'Unexpected case', at: at(5) })).toBe(
      true,
    );
    const after = await store.updates.loadDocument(id);
    expect(after?.updates.map(bytes)).toEqual(
      [before!.updates[0]!, updates[0]!, updates[2]!].map(bytes),
    );
    expect(after?.logBytes).toBe(before!.logBytes - updates[1]!.byteLength);
    expect(await store.updates.listQuarantined(id)).toEqual([
      { documentId: id, ref, data: updates[1], error: 'Unexpected case', quarantinedAt: at(5) },
    ]);
  });

  it('moves the snapshot to the quarantine, and the log tail still loads', async () => {
    const store = current();
    const { id, updates } = await withLog(2);
    const snapshot = (await store.updates.loadDocument(id))!.updates[0]!;
    expect(
      await store.updates.quarantine(id, { kind: 'snapshot' }, { error: 'bad', at: at(6) }),
    ).toBe(true);
    expect((await store.updates.loadDocument(id))?.updates.map(bytes)).toEqual(updates.map(bytes));
    const [kept] = await store.updates.listQuarantined(id);
    expect(kept?.ref).toEqual({ kind: 'snapshot' });
    expect(bytes(kept!.data)).toEqual(bytes(snapshot));
  });

  it('moves an entry once: a second try, or one after compaction took it, answers false', async () => {
    const store = current();
    const { id } = await withLog(2);
    const ref = (await store.updates.loadDocument(id))!.refs[1]!;
    const reason = { error: 'bad', at: at(7) };
    const tries = await Promise.all([
      store.updates.quarantine(id, ref, reason),
      store.updates.quarantine(id, ref, reason),
    ]);
    expect(tries.filter(Boolean)).toHaveLength(1);
    expect(await store.updates.listQuarantined(id)).toHaveLength(1);
    expect(await store.updates.quarantine(id, { kind: 'log', seq: 999_999_999 }, reason)).toBe(
      false,
    );
  });

  it('lists the quarantine of one document or of all, and erases it with its document', async () => {
    const store = current();
    const first = await withLog(1);
    const second = await withLog(1);
    for (const { id } of [first, second]) {
      const ref = (await store.updates.loadDocument(id))!.refs[1]!;
      await store.updates.quarantine(id, ref, { error: 'bad', at: at(8) });
    }
    expect((await store.updates.listQuarantined(second.id)).map((q) => q.documentId)).toEqual([
      second.id,
    ]);
    const all = (await store.updates.listQuarantined()).map((q) => q.documentId);
    expect(all).toEqual(expect.arrayContaining([first.id, second.id]));
    await store.documents.updateDocument(first.id, { deletedAt: at(1), updatedAt: at(1) });
    await store.documents.purgeBin(at(2));
    expect(await store.updates.listQuarantined(first.id)).toEqual([]);
  });
}
