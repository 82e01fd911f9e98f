import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '@roundtable/shared/protocol/collab';
import { createDocumentSchema, yjsStateToProseMirrorJSON } from './document-model.ts';
import { EVERY_NODE_DOCUMENT, storedState } from './fixtures.ts';
import type { ProseMirrorJSON } from './types.ts';

const schema = createDocumentSchema();

function allText(node: ProseMirrorJSON): string {
  return (node.text ?? '') + (node.content ?? []).map(allText).join(' ');
}

function textElement(name: string, text: string, format?: Record<string, unknown>): Y.XmlElement {
  const element = new Y.XmlElement(name);
  const content = new Y.XmlText();
  content.insert(0, text, format);
  element.insert(0, [content]);
  return element;
}

function nested(name: string, child: Y.XmlElement): Y.XmlElement {
  const element = new Y.XmlElement(name);
  element.insert(0, [child]);
  return element;
}

describe('yjsStateToProseMirrorJSON', () => {
  it('reads every supported node and mark with the editor schema', () => {
    const json = yjsStateToProseMirrorJSON(storedState(EVERY_NODE_DOCUMENT));
    expect(json).toEqual(schema.nodeFromJSON(EVERY_NODE_DOCUMENT).toJSON());
  });

  it('leaves pending suggestions out: suggested words are not there, removed ones still are', () => {
    const doc = new Y.Doc();
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    text.insert(0, 'We want ');
    text.insert(8, 'more ', { insertion: { id: 's1', author: 'u1', at: null } });
    text.insert(13, 'good ', { deletion: { id: 's2', author: 'u2', at: null } });
    text.insert(18, 'homes.');
    paragraph.insert(0, [text]);
    doc.getXmlFragment(CONTENT_FRAGMENT).insert(0, [paragraph]);
    const json = yjsStateToProseMirrorJSON(doc);
    expect(allText(json).trim()).toBe('We want good homes.');
    expect(JSON.stringify(json)).not.toMatch(/insertion|deletion/);
  });

  it('reads a Y.Doc without changing it', () => {
    const ydoc = new Y.Doc();
    Y.applyUpdate(ydoc, storedState(EVERY_NODE_DOCUMENT));
    ydoc.getXmlFragment(CONTENT_FRAGMENT).insert(0, [new Y.XmlElement('unknownWidget')]);
    const before = ydoc.getXmlFragment(CONTENT_FRAGMENT).toString();
    yjsStateToProseMirrorJSON(ydoc);
    expect(ydoc.getXmlFragment(CONTENT_FRAGMENT).toString()).toBe(before);
  });

  it('keeps the words of content the schema rejects, as schema-valid text', () => {
    const ydoc = new Y.Doc();
    const fragment = ydoc.getXmlFragment(CONTENT_FRAGMENT);
    const stray = new Y.XmlText();
    stray.insert(0, 'stray root text');
    const paragraphWithInlineWidget = new Y.XmlElement('paragraph');
    paragraphWithInlineWidget.insert(0, [textElement('iframe', 'inline unknown')]);
    const list = new Y.XmlElement('bulletList');
    list.insert(0, [textElement('paragraph', 'loose item')]);
    fragment.insert(0, [
      stray,
      textElement('widget', 'widget words'),
      textElement('paragraph', 'commented words', { comment: { id: 1 }, bold: {} }),
      paragraphWithInlineWidget,
      list,
      textElement('script', 'alert(1)'),
      textElement('listItem', 'item outside a list'),
      nested('paragraph', textElement('heading', 'heading inside a paragraph')),
    ]);

    const json = yjsStateToProseMirrorJSON(Y.encodeStateAsUpdate(ydoc));

    expect(() => schema.nodeFromJSON(json).check()).not.toThrow();
    const text = allText(json);
    for (const words of [
      'stray root text',
      'widget words',
      'commented words',
      'inline unknown',
      'loose item',
      'alert(1)',
      'item outside a list',
      'heading inside a paragraph',
    ]) {
      expect(text).toContain(words);
    }
    expect(JSON.stringify(json)).not.toMatch(/"type":"(widget|iframe|script|comment)"/);
  });

  it('reads an empty document', () => {
    expect(yjsStateToProseMirrorJSON(Y.encodeStateAsUpdate(new Y.Doc()))).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', attrs: { picture: null, pictureAlt: null } }],
    });
  });
});
