// Work on a large draft runs in an export thread, so the server keeps answering (and relaying
// edits) while it takes seconds, with the same result as in place: compaction's merge of a long
// log, and reading a large version's blocks (a consultation publishes them).
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '@roundtable/shared/protocol/collab';
import { ContentRules } from '../documents/content-rules.ts';
import { createDocumentSchema } from '../export/document-model.ts';
import { inPlaceDocumentWork } from '../export/document-work.ts';
import type { ExportPool } from '../export/export-pool.ts';
import { testExportPool } from '../testing/export-pools.ts';
import { pooledDocumentWork } from './document-work.ts';

const pools: ExportPool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

function exportPool(): ExportPool {
  const pool = testExportPool();
  pools.push(pool);
  return pool;
}

/** A draft typed one paragraph at a time: a log of `count` updates, over 128 KiB in all. */
function typedLog(count: number, fits = true): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const fragment = doc.getXmlFragment(CONTENT_FRAGMENT);
  for (let i = 0; i < count; i++) {
    const paragraph = new Y.XmlElement(fits || i !== count - 1 ? 'paragraph' : 'no-such-node');
    paragraph.insert(0, [new Y.XmlText(`Point ${i}: `.padEnd(200, 'we want to choose '))]);
    fragment.insert(fragment.length, [paragraph]);
  }
  doc.destroy();
  return updates;
}

describe('merging a long log for compaction', () => {
  const rules = new ContentRules(createDocumentSchema());

  it('runs in an export thread and gives what the merge in place gives', async () => {
    const pool = exportPool();
    const updates = typedLog(1000);
    expect(updates.reduce((sum, update) => sum + update.byteLength, 0)).toBeGreaterThan(128 * 1024);
    const inThread = await pooledDocumentWork(pool, rules).mergeLog({ updates });
    expect(pool.threads).toBe(1);
    const inPlace = await inPlaceDocumentWork(rules).mergeLog({ updates });
    expect(inThread.checked).toBe(true);
    expect(Buffer.from(inThread.state).equals(Buffer.from(inPlace.state))).toBe(true);
  });

  it('marks a merged draft that does not fit the schema as unchecked there too', async () => {
    const merged = await pooledDocumentWork(exportPool(), rules).mergeLog({
      updates: typedLog(1000, false),
    });
    expect(merged.checked).toBe(false);
  });

  it('merges a short log in place, starting no thread', async () => {
    const pool = exportPool();
    const merged = await pooledDocumentWork(pool, rules).mergeLog({ updates: typedLog(20) });
    expect(merged.checked).toBe(true);
    expect(pool.threads).toBe(0);
  });
});

describe('the blocks of a large version', () => {
  it('are read in a thread, in reading order', async () => {
    const doc = new Y.Doc();
    const blocks = Array.from({ length: 3000 }, (_, n) => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(`Paragraph number ${n} with some words in it.`)]);
      return paragraph;
    });
    doc.getXmlFragment(CONTENT_FRAGMENT).insert(0, blocks);
    const state = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    expect(state.byteLength).toBeGreaterThan(128 * 1024);
    const rules = new ContentRules(createDocumentSchema());
    const read = await pooledDocumentWork(exportPool(), rules).blocksOf({ state });
    expect(read).toHaveLength(3000);
    expect(read[2999]).toMatchObject({
      kind: 'paragraph',
      text: 'Paragraph number 2999 with some words in it.',
    });
  });
});
