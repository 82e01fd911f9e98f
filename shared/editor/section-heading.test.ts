import { getSchema } from '@tiptap/core';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { createDocumentExtensions } from './extensions.ts';
import { headingsNeedingIds, isSectionId, sectionIdsPlugin } from './section-heading.ts';

const schema = getSchema(createDocumentExtensions());

function stateWith(headings: { text: string; sectionId?: string }[]) {
  const doc = schema.node(
    'doc',
    null,
    headings.map(({ text, sectionId }) =>
      schema.node('heading', { level: 2, sectionId: sectionId ?? null }, [schema.text(text)]),
    ),
  );
  return EditorState.create({ doc, plugins: [sectionIdsPlugin()] });
}

const idsOf = (state: EditorState): unknown[] => {
  const ids: unknown[] = [];
  state.doc.forEach((node) => ids.push(node.attrs.sectionId));
  return ids;
};

describe('section ids on headings', () => {
  it('finds headings with no id, and the later of two that share one', () => {
    const state = stateWith([
      { text: 'A', sectionId: 'a' },
      { text: 'B' },
      { text: 'C', sectionId: 'a' },
    ]);
    expect(headingsNeedingIds(state.doc)).toEqual([3, 6]);
  });

  it('gives every heading its own id after this person edits', () => {
    const state = stateWith([
      { text: 'A', sectionId: 'a' },
      { text: 'B' },
      { text: 'C', sectionId: 'a' },
    ]);
    const { state: next } = state.applyTransaction(state.tr.insertText('!', 2));
    const ids = idsOf(next);
    expect(ids[0]).toBe('a');
    expect(ids.every(isSectionId)).toBe(true);
    expect(new Set(ids).size).toBe(3);
  });

  it('leaves changes that arrived from other people alone', () => {
    const state = stateWith([{ text: 'B' }]);
    const remote = state.tr.insertText('!', 2).setMeta('y-sync$', { isChangeOrigin: true });
    expect(idsOf(state.applyTransaction(remote).state)).toEqual([null]);
  });

  it('keeps the id on the first half of a split heading and gives the second its own', () => {
    const state = stateWith([{ text: 'Housing and buses', sectionId: 'a' }]);
    const { state: next } = state.applyTransaction(state.tr.split(9));
    const ids = idsOf(next);
    expect(ids[0]).toBe('a');
    expect(isSectionId(ids[1]) && ids[1] !== 'a').toBe(true);
  });
});
