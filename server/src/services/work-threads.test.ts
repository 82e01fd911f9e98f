// Compaction's merges have a thread of their own: they never take the exports' thread or a place
// in their queue, so people's exports are not turned away as busy while drafts are compacted.
import { pino } from 'pino';
import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '@roundtable/shared/protocol/collab';
import { loadConfig } from '../config.ts';
import { ContentRules } from '../documents/content-rules.ts';
import { createDocumentSchema } from '../export/document-model.ts';
import { createWorkThreads, type WorkThreads } from './work-threads.ts';

let threads: WorkThreads | undefined;
afterEach(() => threads?.close());

it('merges a long log in its own thread, leaving the exports their thread and queue', async () => {
  const config = loadConfig({ EXPORT_THREADS: '1', EXPORT_QUEUE: '0' }, process.cwd());
  threads = createWorkThreads(
    config,
    new ContentRules(createDocumentSchema()),
    pino({ level: 'silent' }),
  );
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < 800; i++) {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(`Point ${i} `.padEnd(200, 'we choose '))]);
    doc.getXmlFragment(CONTENT_FRAGMENT).insert(i, [paragraph]);
  }
  const merged = await threads.mergeLog(updates);
  expect(merged.checked).toBe(true);
  expect(threads.exportPool.threads).toBe(0);
});
