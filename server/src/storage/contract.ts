// The storage contract: one suite that every store must pass, each case naming the rule it
// checks. Run by sqlite/sqlite-store.test.ts always and postgres/postgres-store.test.ts when
// DATABASE_URL is set.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { initialDocumentState, mergeIntoSnapshot } from '../documents/snapshot.ts';
import { commentContract } from './comment-contract.ts';
import { meetingContract } from './meeting-contract.ts';
import { proposalContract } from './proposal-contract.ts';
import { suggestionContract } from './suggestion-contract.ts';
import { versionContract } from './version-contract.ts';
import { identityContract } from './identity-contract.ts';
import { quarantineContract } from './quarantine-contract.ts';
import type { Store } from './ports.ts';

export interface StoreFactory {
  open(): Promise<Store>;
  /** Removes whatever `open` created (a file, a schema). */
  dispose(store: Store): Promise<void>;
}

let counter = 0;
const uniqueId = (prefix: string): string => `${prefix}-${Date.now().toString(36)}-${counter++}`;
const at = (minute: number): string => new Date(Date.UTC(2026, 10, 1, 9, minute)).toISOString();

function textOf(updates: Uint8Array[]): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.mergeUpdates(updates));
  const text = doc.getText('t').toString();
  doc.destroy();
  return text;
}

export function storeContract(name: string, factory: StoreFactory): void {
  describe(`storage contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await factory.open();
    });
    afterEach(async () => {
      await factory.dispose(store);
    });
    identityContract(() => store);
    meetingContract(() => store);
    versionContract(() => store);
    proposalContract(() => store);
    suggestionContract(() => store);
    commentContract(() => store);
    quarantineContract(() => store);

    async function newDocument(): Promise<string> {
      const workspaceId = uniqueId('ws');
      await store.workspaces.createWorkspace({ id: workspaceId, name: 'Board', createdAt: at(0) });
      const id = uniqueId('doc');
      await store.documents.createDocument({
        record: { id, workspaceId, title: 'Strategy', createdAt: at(1), updatedAt: at(1) },
        initialState: initialDocumentState(),
      });
      return id;
    }

    it('keeps workspaces, lists them, and renames them', async () => {
      const id = uniqueId('ws');
      await store.workspaces.createWorkspace({ id, name: 'Carers Forum', createdAt: at(0) });
      expect(await store.workspaces.getWorkspace(id)).toEqual({
        id,
        name: 'Carers Forum',
        createdAt: at(0),
      });
      expect((await store.workspaces.listWorkspaces()).map((w) => w.id)).toContain(id);
      expect((await store.workspaces.renameWorkspace(id, 'Carers Board'))?.name).toBe(
        'Carers Board',
      );
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

    it('loads the snapshot first, then the log in the order it was written', async () => {
      const id = await newDocument();
      const writer = new Y.Doc();
      const updates: Uint8Array[] = [];
      writer.on('update', (update: Uint8Array) => updates.push(update));
      for (const word of ['We ', 'want ', 'homes'])
        writer.getText('t').insert(writer.getText('t').length, word);
      await store.updates.appendUpdates(updates.map((update) => ({ documentId: id, update })));
      const stored = await store.updates.loadDocument(id);
      expect(stored?.updates.slice(1).map((u) => Buffer.from(u))).toEqual(
        updates.map((u) => Buffer.from(u)),
      );
      expect(stored?.logBytes).toBe(updates.reduce((sum, u) => sum + u.byteLength, 0));
      expect(textOf(stored!.updates)).toBe('We want homes');
    });

    it('stores a batch whole or not at all', async () => {
      const id = await newDocument();
      const writer = new Y.Doc();
      writer.getText('t').insert(0, 'kept');
      const update = Y.encodeStateAsUpdate(writer);
      await expect(
        store.updates.appendUpdates([
          { documentId: id, update },
          { documentId: 'no-such-document', update },
        ]),
      ).rejects.toThrow();
      expect((await store.updates.loadDocument(id))?.updates).toHaveLength(1);
    });

    it('compacts the log into one snapshot with the same content', async () => {
      const id = await newDocument();
      const writer = new Y.Doc();
      const updates: Uint8Array[] = [];
      writer.on('update', (update: Uint8Array) => updates.push(update));
      for (let i = 0; i < 50; i++) writer.getText('t').insert(i, String(i % 10));
      await store.updates.appendUpdates(updates.map((update) => ({ documentId: id, update })));
      const result = await store.updates.compact(id, mergeIntoSnapshot);
      expect(result.mergedUpdates).toBe(50);
      const stored = await store.updates.loadDocument(id);
      expect(stored?.updates).toHaveLength(1);
      expect(stored?.logBytes).toBe(0);
      expect(textOf(stored!.updates)).toBe(writer.getText('t').toString());
      expect((await store.updates.compact(id, mergeIntoSnapshot)).mergedUpdates).toBe(0);
    });

    async function newPerson(name: string): Promise<string> {
      const id = uniqueId('user');
      await store.identity.createUser({
        id,
        name,
        email: null,
        colour: '#1a6b3c',
        pronouns: null,
        takePart: null,
        showTakePart: false,
        information: {
          largerText: false,
          easyRead: false,
          readAloud: false,
          supporter: false,
          notes: '',
        },
        isAdmin: false,
        passwordHash: null,
        createdAt: at(0),
      });
      return id;
    }

    it('records who each Yjs client id belongs to with the update, first person kept, through compaction', async () => {
      const id = await newDocument();
      const lucy = await newPerson('Lucy');
      const mark = await newPerson('Mark');
      const writer = new Y.Doc();
      writer.getText('t').insert(0, 'Homes');
      const update = Y.encodeStateAsUpdate(writer);
      await store.updates.appendUpdates([
        { documentId: id, update, authors: [{ clientId: 4_000_000_000, userId: lucy }] },
        { documentId: id, update, authors: [{ clientId: 7, userId: mark }] },
      ]);
      // A later claim on a client id does not take it over.
      await store.updates.appendUpdates([
        { documentId: id, update, authors: [{ clientId: 7, userId: lucy }] },
      ]);
      await store.updates.compact(id, mergeIntoSnapshot);
      expect(await store.updates.listClientAuthors(id)).toEqual([
        { clientId: 7, userId: mark },
        { clientId: 4_000_000_000, userId: lucy },
      ]);
      expect(await store.updates.listClientAuthors(await newDocument())).toEqual([]);
    });

    it('stores an update and its authors together or not at all', async () => {
      const id = await newDocument();
      const writer = new Y.Doc();
      writer.getText('t').insert(0, 'kept');
      await expect(
        store.updates.appendUpdates([
          {
            documentId: id,
            update: Y.encodeStateAsUpdate(writer),
            authors: [{ clientId: 1, userId: 'nobody-with-this-id' }],
          },
        ]),
      ).rejects.toThrow();
      expect(await store.updates.loadDocument(id)).toMatchObject({ logBytes: 0 });
      expect(await store.updates.listClientAuthors(id)).toEqual([]);
    });

    it('loads the same content for any interleaving of concurrent updates compacted at any points', async () => {
      // Three people edit concurrently; their updates reach storage in any order, and
      // compaction runs at arbitrary points in between.
      const edit = fc.record({
        person: fc.integer({ min: 0, max: 2 }),
        position: fc.nat(),
        text: fc.string({ minLength: 1, maxLength: 4 }),
        deleteFirst: fc.boolean(),
      });
      await fc.assert(
        fc.asyncProperty(
          fc.array(edit, { minLength: 1, maxLength: 30 }),
          fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
          fc.infiniteStream(fc.nat()),
          async (edits, compactAfter, shuffle) => {
            const id = await newDocument();
            const people = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
            const produced: Uint8Array[] = [];
            for (const doc of people) doc.on('update', (u: Uint8Array) => produced.push(u));
            for (const { person, position, text, deleteFirst } of edits) {
              const t = people[person]!.getText('t');
              if (deleteFirst && t.length > 0) t.delete(position % t.length, 1);
              t.insert(position % (t.length + 1), text);
            }
            const expected = textOf(produced);
            const order = [...produced];
            const picks = shuffle.take(order.length);
            let i = 0;
            for (const pick of picks) {
              const j = i + (pick % (order.length - i));
              [order[i], order[j]] = [order[j]!, order[i]!];
              i++;
            }
            for (const [index, update] of order.entries()) {
              await store.updates.appendUpdates([{ documentId: id, update }]);
              if (compactAfter[index]) await store.updates.compact(id, mergeIntoSnapshot);
            }
            expect(textOf((await store.updates.loadDocument(id))!.updates)).toBe(expected);
          },
        ),
        { numRuns: 25 },
      );
    });

    it('loses nothing when two compactions of one document run at once with appends', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 2, max: 40 }),
          fc.integer({ min: 0, max: 40 }),
          async (n, split) => {
            const id = await newDocument();
            const writer = new Y.Doc();
            const updates: Uint8Array[] = [];
            writer.on('update', (u: Uint8Array) => updates.push(u));
            for (let i = 0; i < n; i++)
              writer.getText('t').insert(i, String.fromCharCode(97 + (i % 26)));
            const first = updates.slice(0, split % n);
            const rest = updates.slice(split % n);
            await store.updates.appendUpdates(first.map((update) => ({ documentId: id, update })));
            await Promise.all([
              store.updates.compact(id, mergeIntoSnapshot),
              ...rest.map((update) => store.updates.appendUpdates([{ documentId: id, update }])),
              store.updates.compact(id, mergeIntoSnapshot),
            ]);
            expect(textOf((await store.updates.loadDocument(id))!.updates)).toBe(
              writer.getText('t').toString(),
            );
          },
        ),
        { numRuns: 15 },
      );
    });
  });
}
