// Loading hands a room the document's whole state when storage holds it as one update, so a
// room that loads from a compacted snapshot need not encode it again for its first reader.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initialDocumentState, mergeIntoSnapshot } from '../documents/snapshot.ts';
import type { Store } from '../storage/ports.ts';
import { openSqliteStore } from '../storage/sqlite/sqlite-store.ts';
import { VerifiedUpdateLog } from './verified-log.ts';

let dir: string;
let store: Store;
let log: VerifiedUpdateLog;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'roundtable-verified-log-'));
  store = openSqliteStore({ filename: join(dir, 'store.sqlite') });
  log = new VerifiedUpdateLog({ log: store.updates, logger: pino({ level: 'silent' }) });
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function documentWithEdits(id: string, words: string[]): Promise<void> {
  const createdAt = new Date().toISOString();
  await store.workspaces.createWorkspace({ id: `ws-${id}`, name: 'Board', createdAt });
  await store.documents.createDocument({
    record: { id, workspaceId: `ws-${id}`, title: 'Strategy', createdAt, updatedAt: createdAt },
    initialState: initialDocumentState(),
  });
  const writer = new Y.Doc();
  const updates: Uint8Array[] = [];
  writer.on('update', (update: Uint8Array) => updates.push(update));
  for (const word of words) writer.getText('t').insert(writer.getText('t').length, word);
  await store.updates.appendUpdates(updates.map((update) => ({ documentId: id, update })));
}

/** What a fresh reader would hold after taking `state`. */
function textOf(state: Uint8Array): string {
  const reader = new Y.Doc();
  Y.applyUpdate(reader, state);
  return reader.getText('t').toString();
}

it('gives the whole state as stored when the document is one compacted snapshot', async () => {
  await documentWithEdits('doc-a', ['We ', 'want ', 'homes']);
  await store.updates.compact('doc-a', mergeIntoSnapshot);
  const loaded = await log.loadDoc('doc-a');
  expect(loaded?.state).toBeDefined();
  expect(textOf(loaded!.state!)).toBe('We want homes');
  expect(textOf(Y.encodeStateAsUpdate(loaded!.doc))).toBe('We want homes');
});

it('leaves the state to be encoded when a log tail follows the snapshot', async () => {
  await documentWithEdits('doc-b', ['We ', 'want ', 'homes']);
  const loaded = await log.loadDoc('doc-b');
  expect(loaded?.state).toBeUndefined();
  expect(loaded?.doc.getText('t').toString()).toBe('We want homes');
});

it('leaves the state to be encoded when the one stored update waits for content it lacks', async () => {
  await documentWithEdits('doc-c', ['We ', 'want ', 'homes']);
  // Storage holds only the last edit: it refers to words the document does not have.
  await store.updates.compact('doc-c', (updates) => updates.at(-1)!);
  const loaded = await log.loadDoc('doc-c');
  expect(loaded?.doc.store.pendingStructs).not.toBeNull();
  expect(loaded?.state).toBeUndefined();
});
