// From the editor's document to the helper and back: blocks are read as text whose offsets are
// positions in the document, words suggested for deletion do not count, and the marks land on
// the words a finding is about.
import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { createDocumentExtensions } from '@roundtable/shared/editor/extensions';
import { ParagraphAnalyser } from '../analysis/index.ts';
import { BlockReader } from './blocks.ts';
import { documentView, findBlock, previewOf } from './document-view.ts';
import { markDecorations } from './marks.ts';

const schema = getSchema(createDocumentExtensions());
const analyser = new ParagraphAnalyser();
const options = { easyRead: false, workspaceWords: [] };

const paragraph = (...content: object[]) => ({ type: 'paragraph', content });
const text = (value: string, marks: object[] = []) => ({ type: 'text', text: value, marks });
const docOf = (...content: object[]) => schema.nodeFromJSON({ type: 'doc', content });

describe('reading the document for the helper', () => {
  const doc = docOf(
    { type: 'heading', attrs: { level: 2 }, content: [text('Our plan')] },
    { type: 'paragraph' },
    paragraph(
      text('The plan was agreed. We will '),
      text('utilise ', [{ type: 'deletion', attrs: { id: 1 } }]),
      text('use the money.'),
    ),
  );

  it('reads headings and paragraphs, leaving out empty ones and deleted words', () => {
    const blocks = new BlockReader().read(doc);
    expect(blocks.map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'Our plan'],
      ['paragraph', 'The plan was agreed. We will         use the money.'],
    ]);
    expect(documentView(blocks, (t) => analyser.analyse(t, options), options).blocks).toEqual([
      expect.objectContaining({ label: 'Heading 1', findings: [] }),
      expect.objectContaining({ label: 'Paragraph 1' }),
    ]);
    expect(previewOf(blocks[1]?.text ?? '')).toBe('The plan was agreed. We will…');
    expect(previewOf('  Two words ')).toBe('Two words');
  });

  it('marks the words a finding is about, at their place in the document', () => {
    const blocks = new BlockReader().read(doc);
    const view = documentView(blocks, (t) => analyser.analyse(t, options), options);
    const marks = markDecorations(doc, view.blocks).find();
    expect(marks.map((mark) => doc.textBetween(mark.from, mark.to))).toEqual(['was agreed']);
    expect(marks[0]?.spec).toBeDefined();
  });

  it('leaves the workspace’s own hard words to their own mark, and lists them', () => {
    const withWords = {
      easyRead: false,
      workspaceWords: [{ word: 'plan', explanation: 'what we will do.' }],
    };
    const blocks = new BlockReader().read(doc);
    const view = documentView(blocks, (t) => analyser.analyse(t, withWords), withWords);
    expect(view.blocks[1]?.findings.map((f) => f.kind)).toEqual(['hard-word', 'passive']);
    const marks = markDecorations(doc, view.blocks).find();
    expect(marks.map((mark) => doc.textBetween(mark.from, mark.to))).toEqual(['was agreed']);
  });

  it('finds a block again after the text before it changed', () => {
    const blocks = new BlockReader().read(doc);
    const wanted = { index: 1, text: blocks[1]?.text ?? '' };
    const edited = docOf(
      paragraph(text('A new first paragraph.')),
      doc.child(0).toJSON() as object,
      doc.child(2).toJSON() as object,
    );
    const found = findBlock(new BlockReader().read(edited), wanted);
    expect(found && edited.textBetween(found.pos + 1, found.pos + 9)).toBe('The plan');
  });
});
