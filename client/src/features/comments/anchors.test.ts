// Comment anchors under concurrent edits: two people change the text at once (two Y.Docs, each
// editing without seeing the other), then sync. The anchor must still cover the words it was
// made on that survive, and no words that were outside it; both people must see the same range;
// and it says "removed" only when none of its words are left.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getSchema } from '@tiptap/core';
import { initProseMirrorDoc } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { createDocumentExtensions } from '@roundtable/shared/editor/extensions';
import { CONTENT_FRAGMENT } from '@roundtable/shared/protocol/collab';
import {
  createAnchor,
  quoteOf,
  resolveAnchor,
  type AnchorContext,
  type AnchorMapping,
} from './anchors.ts';

const schema = getSchema(createDocumentExtensions());

function contextOf(doc: Y.Doc): AnchorContext {
  const fragment = doc.getXmlFragment(CONTENT_FRAGMENT);
  const { doc: node, mapping } = initProseMirrorDoc(fragment, schema);
  return { doc, fragment, mapping: mapping as AnchorMapping, node };
}

/** Every original character is unique, so we can tell where each one went. */
const original = (i: number) => String.fromCharCode(0x4e00 + i);

function documentWith(paragraphs: string[]): Y.Doc {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment(CONTENT_FRAGMENT);
  fragment.insert(
    0,
    paragraphs.map((text) => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(text)]);
      return paragraph;
    }),
  );
  return doc;
}

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
}

type Edit =
  | { kind: 'insert'; paragraph: number; offset: number; text: string }
  | { kind: 'delete'; paragraph: number; offset: number; length: number }
  | { kind: 'delete-paragraph'; paragraph: number }
  | { kind: 'add-paragraph'; at: number; text: string };

function apply(doc: Y.Doc, edit: Edit): void {
  const fragment = doc.getXmlFragment(CONTENT_FRAGMENT);
  const paragraphs = fragment.toArray().filter((n): n is Y.XmlElement => n instanceof Y.XmlElement);
  if (edit.kind === 'add-paragraph') {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(edit.text)]);
    fragment.insert(edit.at % (fragment.length + 1), [paragraph]);
    return;
  }
  if (paragraphs.length === 0) return;
  const index = edit.paragraph % paragraphs.length;
  if (edit.kind === 'delete-paragraph') {
    // Keep one paragraph, as the editor does.
    if (fragment.length > 1) fragment.delete(fragment.toArray().indexOf(paragraphs[index]!), 1);
    return;
  }
  const text = paragraphs[index]!.get(0);
  if (!(text instanceof Y.XmlText)) return;
  if (edit.kind === 'insert') {
    text.insert(edit.offset % (text.length + 1), edit.text);
  } else if (text.length > 0) {
    const offset = edit.offset % text.length;
    text.delete(offset, Math.min(edit.length, text.length - offset));
  }
}

const typed = fc.stringMatching(/^[a-z]{1,3}$/);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      paragraph: fc.nat(),
      offset: fc.nat(),
      text: typed,
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      paragraph: fc.nat(),
      offset: fc.nat(),
      length: fc.integer({ min: 1, max: 6 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('delete-paragraph' as const), paragraph: fc.nat() }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('add-paragraph' as const),
      at: fc.nat(),
      text: typed,
    }),
  },
);

/** The ProseMirror position of character `offset` in paragraph `index`. */
function positionOf(paragraphs: string[], index: number, offset: number): number {
  let position = 1;
  for (let i = 0; i < index; i++) position += paragraphs[i]!.length + 2;
  return position + offset;
}

describe('comment anchors', () => {
  it('covers the selected words, quotes them, and encodes as short base64', () => {
    const doc = documentWith(['We want independent living for everyone.']);
    const context = contextOf(doc);
    const from = positionOf(['We want independent living for everyone.'], 0, 8);
    const anchor = createAnchor(context, from, from + 'independent living'.length);
    expect(anchor.start).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    expect(anchor.start.length).toBeLessThan(128);
    const found = resolveAnchor(context, anchor);
    expect(found).toEqual({ kind: 'found', from, to: from + 18 });
    expect(quoteOf(context.node, from, from + 18)).toBe('independent living');
  });

  it('follows the words when someone else types before them, and says removed once they are deleted', () => {
    const doc = documentWith(['We want independent living.']);
    const anchor = createAnchor(contextOf(doc), 9, 27);
    const other = copyOf(doc);
    const text = (d: Y.Doc) =>
      (d.getXmlFragment(CONTENT_FRAGMENT).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    text(other).insert(0, 'Truly: ');
    sync(doc, other);
    const context = contextOf(doc);
    const found = resolveAnchor(context, anchor);
    expect(found.kind).toBe('found');
    if (found.kind === 'found') {
      expect(context.node.textBetween(found.from, found.to)).toBe('independent living');
    }
    text(other).delete(15, 18);
    sync(doc, other);
    expect(resolveAnchor(contextOf(doc), anchor)).toEqual({ kind: 'removed' });
  });

  it('quotes long selections cut short, and treats damaged anchors as removed', () => {
    const long = 'word '.repeat(100);
    const context = contextOf(documentWith([long]));
    const quote = quoteOf(context.node, 1, long.length);
    expect(quote.length).toBeLessThanOrEqual(300);
    expect(quote.endsWith('…')).toBe(true);
    expect(resolveAnchor(context, { start: 'AAAA', end: '!!' })).toEqual({ kind: 'removed' });
  });

  it('tracks the words it was made on through any concurrent edits by two people', () => {
    const setup = fc
      .array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 4 })
      .chain((lengths) => {
        const paragraphs: string[] = [];
        let next = 0;
        for (const length of lengths) {
          paragraphs.push(Array.from({ length }, () => original(next++)).join(''));
        }
        const total = next;
        return fc.record({
          paragraphs: fc.constant(paragraphs),
          first: fc.integer({ min: 0, max: total - 1 }),
          span: fc.integer({ min: 1, max: total }),
        });
      });
    fc.assert(
      fc.property(
        setup,
        fc.array(edit, { maxLength: 12 }),
        fc.array(edit, { maxLength: 12 }),
        ({ paragraphs, first, span }, editsA, editsB) => {
          // Choose a selection of whole original characters, possibly across paragraphs.
          const locations: Array<[number, number]> = [];
          paragraphs.forEach((text, p) => {
            for (let o = 0; o < text.length; o++) locations.push([p, o]);
          });
          const last = Math.min(first + span, locations.length) - 1;
          const [p1, o1] = locations[first]!;
          const [p2, o2] = locations[last]!;
          const from = positionOf(paragraphs, p1, o1);
          const to = positionOf(paragraphs, p2, o2 + 1);
          const inside = new Set(
            locations.slice(first, last + 1).map(([p, o]) => paragraphs[p]![o]!),
          );
          const outside = new Set(
            paragraphs
              .join('')
              .split('')
              .filter((char) => !inside.has(char)),
          );

          const a = documentWith(paragraphs);
          const b = copyOf(a);
          const anchor = createAnchor(contextOf(a), from, to);
          for (const e of editsA) apply(a, e);
          for (const e of editsB) apply(b, e);
          sync(a, b);

          const [inA, inB] = [contextOf(a), contextOf(b)];
          const resolved = resolveAnchor(inA, anchor);
          expect(resolveAnchor(inB, anchor)).toEqual(resolved);
          const everything = inA.node.textContent;
          const survivors = [...everything].filter((char) => inside.has(char));
          if (resolved.kind === 'removed') {
            expect(survivors).toEqual([]);
            return;
          }
          const covered = inA.node.textBetween(resolved.from, resolved.to, '');
          // Every surviving word it was made on, in order; none of the words outside it.
          expect([...covered].filter((char) => inside.has(char))).toEqual(survivors);
          expect([...covered].filter((char) => outside.has(char))).toEqual([]);
        },
      ),
      { numRuns: 400, seed: 7 },
    );
  });
});
