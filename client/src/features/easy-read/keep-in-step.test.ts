// Which Easy Read sections are linked, and how each stands, read from the editor's document.
import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { createDocumentExtensions } from '@roundtable/shared/editor/extensions';
import { linkedSections } from './keep-in-step.ts';

const schema = getSchema(createDocumentExtensions());
const heading = (text: string, attrs: Record<string, string | null>) =>
  schema.node('heading', { level: 2, ...attrs }, [schema.text(text)]);

describe('linked sections of an Easy Read version', () => {
  const doc = schema.node('doc', null, [
    heading('Housing', {
      explains: 'housing',
      checkedText: 'Housing\nHomes.',
      checkedAt: '2031-03-04T10:00:00.000Z',
    }),
    schema.node('paragraph', null, [schema.text('You choose where you live.')]),
    heading('Buses', { explains: 'buses', checkedText: 'Buses\nLate.' }),
    heading('Our own words', {}),
    heading('Money', { explains: 'money', checkedText: 'Money' }),
  ]);

  it('lists each linked heading in order with how it stands against the draft', () => {
    const texts = new Map([
      ['housing', 'Housing\nHomes.'],
      ['buses', 'Buses\nLate at night.'],
    ]);
    expect(
      linkedSections(doc, texts).map(({ title, explains, status }) => [
        title,
        explains,
        status.kind,
      ]),
    ).toEqual([
      ['Housing', 'housing', 'up-to-date'],
      ['Buses', 'buses', 'may-be-out-of-date'],
      ['Money', 'money', 'draft-section-gone'],
    ]);
  });

  it('says nothing while the draft has not been read', () => {
    expect(linkedSections(doc, null)).toEqual([]);
  });
});
