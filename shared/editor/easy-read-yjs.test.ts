import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { draftSections } from '../domain/easy-read/sections.ts';
import { CONTENT_FRAGMENT } from '../protocol/collab.ts';
import { companionState, labelSections } from './easy-read-yjs.ts';
import { blocksOfDocument, blocksOfState } from './section-blocks.ts';

function heading(words: string, sectionId?: string): Y.XmlElement {
  const element = new Y.XmlElement<Record<string, string | number>>('heading');
  element.setAttribute('level', 2);
  if (sectionId) element.setAttribute('sectionId', sectionId);
  const text = new Y.XmlText();
  text.insert(0, words);
  element.insert(0, [text]);
  return element as unknown as Y.XmlElement;
}

function paragraph(words: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  text.insert(0, words);
  element.insert(0, [text]);
  return element;
}

describe('making an Easy Read version from Yjs content', () => {
  it('gives the draft’s headings the ids they lack, once', () => {
    const doc = new Y.Doc();
    doc
      .getXmlFragment(CONTENT_FRAGMENT)
      .push([heading('A', 'a'), paragraph('x'), heading('B'), heading('C', 'a')]);
    const update = labelSections(doc);
    expect(update).not.toBeNull();
    const ids = blocksOfDocument(doc).flatMap((b) =>
      b.kind === 'heading' ? [b.link.sectionId] : [],
    );
    expect(ids[0]).toBe('a');
    expect(new Set(ids).size).toBe(3);
    expect(labelSections(doc)).toBeNull();
  });

  it('starts with one section per draft section: its heading, linked and checked, and a paragraph', () => {
    const draft = new Y.Doc();
    draft
      .getXmlFragment(CONTENT_FRAGMENT)
      .push([
        paragraph('Our plan.'),
        heading('Housing', 'housing'),
        paragraph('Homes near friends.'),
      ]);
    const sections = draftSections(blocksOfDocument(draft), 'Strategy');
    const blocks = blocksOfState(companionState(sections, '2031-03-04T10:00:00.000Z'));
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Strategy'],
      ['paragraph', ''],
      ['heading', 'Housing'],
      ['paragraph', ''],
    ]);
    const second = blocks[2];
    expect(second?.kind === 'heading' && second.link).toMatchObject({
      explains: 'housing',
      checkedText: 'Housing\nHomes near friends.',
      checkedAt: '2031-03-04T10:00:00.000Z',
    });
  });

  it('reads words suggested but not yet accepted as not there', () => {
    const doc = new Y.Doc();
    const p = paragraph('Homes near friends.');
    doc.getXmlFragment(CONTENT_FRAGMENT).push([p]);
    (p.get(0) as Y.XmlText).insert(6, 'safe ', { insertion: { id: 's1' } });
    expect(blocksOfDocument(doc)[0]?.text).toBe('Homes near friends.');
  });
});
