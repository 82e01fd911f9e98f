import { getSchema } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { authorRuns, blockAuthorship, charactersByClient } from './authorship.ts';
import { createDocumentExtensions } from './extensions.ts';

const schema = getSchema(createDocumentExtensions());
const isLeaf = (name: string): boolean => schema.nodes[name]?.isLeaf ?? false;

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Every XmlText in document order. */
function texts(node: Y.XmlFragment | Y.XmlElement): Y.XmlText[] {
  return node.toArray().flatMap((child) => {
    if (child instanceof Y.XmlText) return [child];
    if (child instanceof Y.XmlElement) return texts(child);
    return [];
  });
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
}

describe('authorship from the Yjs content', () => {
  it('maps every character to the client that typed it, in editor positions, under concurrent edits', () => {
    for (let round = 0; round < 25; round++) {
      const random = seeded(round + 1);
      const lucy = new Y.Doc();
      lucy.clientID = 101;
      const mark = new Y.Doc();
      mark.clientID = 202;
      prosemirrorJSONToYXmlFragment(
        schema,
        {
          type: 'doc',
          content: [
            { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'LLLL' }] },
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'LLL' },
                { type: 'hardBreak' },
                { type: 'text', text: 'LL', marks: [{ type: 'bold' }] },
              ],
            },
            {
              type: 'bulletList',
              content: [
                {
                  type: 'listItem',
                  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'LLLLL' }] }],
                },
              ],
            },
          ],
        },
        lucy.getXmlFragment('default'),
      );
      sync(lucy, mark);
      // Both type and delete at random places at the same time, then exchange changes.
      for (const [doc, letter] of [
        [lucy, 'L'],
        [mark, 'M'],
      ] as const) {
        for (let step = 0; step < 8; step++) {
          const candidates = texts(doc.getXmlFragment('default'));
          const text = candidates[Math.floor(random() * candidates.length)];
          if (!text) continue;
          const at = Math.floor(random() * (text.length + 1));
          if (random() < 0.25 && text.length > 1) text.delete(Math.min(at, text.length - 1), 1);
          else text.insert(at, letter.repeat(1 + Math.floor(random() * 3)));
        }
      }
      sync(lucy, mark);

      const fragment = mark.getXmlFragment('default');
      const pmDoc = yXmlFragmentToProseMirrorRootNode(fragment, schema);
      const runs = authorRuns(fragment, isLeaf);
      let covered = 0;
      for (const run of runs) {
        const written = pmDoc.textBetween(run.from, run.to);
        expect(written).toBe((run.clientId === 101 ? 'L' : 'M').repeat(run.to - run.from));
        covered += run.to - run.from;
      }
      expect(covered).toBe(pmDoc.textContent.length);
      const counts = charactersByClient(fragment);
      expect(counts.get(101) ?? 0).toBe(pmDoc.textContent.split('L').length - 1);
      expect(counts.get(202) ?? 0).toBe(pmDoc.textContent.split('M').length - 1);
    }
  });

  it('counts per top-level block', () => {
    const doc = new Y.Doc();
    doc.clientID = 7;
    prosemirrorJSONToYXmlFragment(
      schema,
      {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Homes' }] },
          { type: 'paragraph' },
          {
            type: 'bulletList',
            content: [
              {
                type: 'listItem',
                content: [{ type: 'paragraph', content: [{ type: 'text', text: 'First item' }] }],
              },
              {
                type: 'listItem',
                content: [
                  {
                    type: 'paragraph',
                    content: [
                      { type: 'text', text: 'Second item with a much longer sentence in it' },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
      doc.getXmlFragment('default'),
    );
    const blocks = blockAuthorship(doc.getXmlFragment('default'));
    expect(
      blocks.map((block) => [
        block.nodeName,
        Object.fromEntries(block.charactersByClient),
        block.preview,
      ]),
    ).toEqual([
      ['paragraph', { 7: 5 }, 'Homes'],
      ['paragraph', {}, ''],
      ['bulletList', { 7: 55 }, 'First item Second item with a much…'],
    ]);
  });
});
