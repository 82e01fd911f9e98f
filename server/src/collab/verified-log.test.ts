// Loading hands a room the document's whole state when storage holds it as one update, so a
// room that loads from a compacted snapshot need not encode it again for its first reader.
import { pino } from 'pino';
import { afterEach, beforeEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mergeIntoSnapshot } from '../documents/snapshot.ts';
import { storeFixtures, textOf } from '../storage/contract-fixtures.ts';
import type { Store } from '../storage/ports.ts';
import { tempSqliteStore } from '../testing/temp-sqlite-store.ts';
import { VerifiedUpdateLog } from './verified-log.ts';

let temp: ReturnType<typeof tempSqliteStore>;
let store: Store;
let log: VerifiedUpdateLog;
const { newDocument } = storeFixtures(() => store);

beforeEach(() => {
  temp = tempSqliteStore();
  store = temp.store;
  log = new VerifiedUpdateLog({ log: store.updates, logger: pino({ level: 'silent' }) });
});

afterEach(() => temp.dispose());

async function documentWithEdits(words: string[]): Promise<string> {
  const id = await newDocument();
  const writer = new Y.Doc();
  const updates: Uint8Array[] = [];
  writer.on('update', (update: Uint8Array) => updates.push(update));
  for (const word of words) writer.getText('t').insert(writer.getText('t').length, word);
  await store.updates.appendUpdates(updates.map((update) => ({ documentId: id, update })));
  return id;
}

it('gives the whole state as stored when the document is one compacted snapshot', async () => {
  const id = await documentWithEdits(['We ', 'want ', 'homes']);
  await store.updates.compact(id, mergeIntoSnapshot);
  const loaded = await log.loadDoc(id);
  expect(loaded?.state).toBeDefined();
  expect(textOf([loaded!.state!])).toBe('We want homes');
  expect(textOf([Y.encodeStateAsUpdate(loaded!.doc)])).toBe('We want homes');
});

it('leaves the state to be encoded when a log tail follows the snapshot', async () => {
  const id = await documentWithEdits(['We ', 'want ', 'homes']);
  const loaded = await log.loadDoc(id);
  expect(loaded?.state).toBeUndefined();
  expect(loaded?.doc.getText('t').toString()).toBe('We want homes');
});

it('leaves the state to be encoded when the one stored update waits for content it lacks', async () => {
  const id = await documentWithEdits(['We ', 'want ', 'homes']);
  // Storage holds only the last edit: it refers to words the document does not have.
  await store.updates.compact(id, (updates) => updates.at(-1)!);
  const loaded = await log.loadDoc(id);
  expect(loaded?.doc.store.pendingStructs).not.toBeNull();
  expect(loaded?.state).toBeUndefined();
});
