// A paragraph holding a suggestion, as Suggesting mode in the editor writes it: for tests that
// need a suggestion in a document without a browser. The author is the person whose connection
// sends it: the server refuses a new suggestion in anyone else's name.
import * as Y from 'yjs';

export function suggestParagraph(
  doc: Y.Doc,
  plain: string,
  suggested: string,
  id: string,
  author: string,
): void {
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  text.insert(0, plain);
  text.insert(plain.length, suggested, {
    insertion: { id, author, at: '2026-11-23T10:00:00.000Z' },
  });
  paragraph.insert(0, [text]);
  const fragment = doc.getXmlFragment('default');
  fragment.insert(fragment.length, [paragraph]);
}
