// Publishing a large draft reads its blocks in an export thread (so the server keeps answering),
// with the same result as in place.
import * as Y from 'yjs';
import { afterAll, describe, expect, it } from 'vitest';
import { createDocumentSchema } from '../export/index.ts';
import { ContentRules } from '../documents/content-rules.ts';
import { ExportPool } from '../export/export-pool.ts';
import { pooledDocumentWork } from './document-work.ts';

describe('the blocks of a large version', () => {
  const pool = new ExportPool({
    threads: 1,
    queue: 4,
    perPerson: 10,
    timeoutMs: 30_000,
    maxStateBytes: 64 * 1024 * 1024,
    memoryMb: 256,
    onError: (error) => {
      throw error;
    },
  });
  afterAll(() => pool.close());

  it('are read in a thread, in reading order', async () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('default');
    const blocks = Array.from({ length: 3000 }, (_, n) => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(`Paragraph number ${n} with some words in it.`)]);
      return paragraph;
    });
    fragment.insert(0, blocks);
    const state = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    expect(state.byteLength).toBeGreaterThan(128 * 1024);
    const work = pooledDocumentWork(pool, new ContentRules(createDocumentSchema()));
    const read = await work.blocksOf({ state });
    expect(read).toHaveLength(3000);
    expect(read[2999]).toMatchObject({
      kind: 'paragraph',
      text: 'Paragraph number 2999 with some words in it.',
    });
  });
});
