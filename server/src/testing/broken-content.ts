// Updates that break a document's structure, one per way a raw Yjs client can put into the
// editor's XmlFragment (`default`) what ProseMirror cannot hold: for the schema guard's tests,
// the repair tests and the /collab fuzzer. Each is made against a document's current state, so
// it may also reach into what is there (a paragraph put straight into an existing list).
import * as Y from 'yjs';
import { PICTURE_ALT_MAX_LENGTH } from '@roundtable/shared/editor/picture';
import { CHECKED_TEXT_MAX_LENGTH } from '@roundtable/shared/editor/section-heading';

export interface BrokenUpdate {
  /** What it does, in words, for test names. */
  name: string;
  /** The change, against a document holding `state`. */
  make(state: Uint8Array): Uint8Array;
  /** Words it holds that a repair keeps (none when they are not text the editor could show). */
  words?: string;
}

/** A change written into a document that holds `state`, under a new client id. */
export function changeTo(state: Uint8Array, edit: (fragment: Y.XmlFragment) => void): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const before = Y.encodeStateVector(doc);
  edit(doc.getXmlFragment('default'));
  const change = Y.encodeStateAsUpdate(doc, before);
  doc.destroy();
  return change;
}

/** A change made in a document whose `default` root is some other kind of Yjs type. */
function asOtherRoot(edit: (doc: Y.Doc) => void): () => Uint8Array {
  return () => {
    const doc = new Y.Doc();
    edit(doc);
    const change = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    return change;
  };
}

export function element(name: string, children: (Y.XmlElement | Y.XmlText)[] = []) {
  const made = new Y.XmlElement(name);
  made.insert(0, children);
  return made;
}

export function text(words: string, format?: Record<string, unknown>): Y.XmlText {
  const made = new Y.XmlText();
  made.insert(0, words, format);
  return made;
}

const appended =
  (...blocks: (() => Y.XmlElement | Y.XmlText)[]) =>
  (state: Uint8Array): Uint8Array =>
    changeTo(state, (fragment) =>
      fragment.insert(
        fragment.length,
        blocks.map((block) => block()),
      ),
    );

/** Into the first list of the document (the base document has one), or a new list. */
const intoFirstList =
  (child: () => Y.XmlElement | Y.XmlText) =>
  (state: Uint8Array): Uint8Array =>
    changeTo(state, (fragment) => {
      const list = fragment
        .toArray()
        .find(
          (block): block is Y.XmlElement =>
            block instanceof Y.XmlElement && block.nodeName === 'bulletList',
        );
      if (list) list.insert(list.length, [child()]);
      else fragment.insert(fragment.length, [element('bulletList', [child()])]);
    });

/** Quotes nested `depth` deep at the end of the document, with a paragraph of `words` inside. */
export const nestedQuotes =
  (depth: number, words: string) =>
  (state: Uint8Array): Uint8Array =>
    changeTo(state, (fragment) => {
      fragment.insert(fragment.length, [element('blockquote')]);
      let inner = fragment.get(fragment.length - 1) as Y.XmlElement;
      for (let level = 1; level < depth; level++) {
        inner.insert(0, [element('blockquote')]);
        inner = inner.get(0) as Y.XmlElement;
      }
      inner.insert(0, [element('paragraph', [text(words)])]);
    });

/** A block carrying one attribute value its rule (shared/editor) refuses. */
const badAttribute = (
  block: string,
  key: string,
  value: string | number | object,
  words: string,
): BrokenUpdate => ({
  name: `a ${block} whose ${key} is ${JSON.stringify(value).slice(0, 40)}`,
  make: appended(() => {
    const made = element(block, [text(words)]) as Y.XmlElement<
      Record<string, string | number | object>
    >;
    made.setAttribute(key, value);
    return made as unknown as Y.XmlElement;
  }),
  words,
});

/** Words linked to an address a link may not have. */
const badLink = (href: string): BrokenUpdate => ({
  name: `a link to ${href.slice(0, 30)}`,
  make: appended(() => element('paragraph', [text('click me', { link: { href } })])),
  words: 'click me',
});

/** Attribute values that break the rules written next to each attribute in shared/editor. */
const BAD_ATTRIBUTES: BrokenUpdate[] = [
  badAttribute('paragraph', 'picture', 'javascript:alert(1)', 'a script for a picture'),
  badAttribute('paragraph', 'picture', 'https://evil.example/x.png', 'a picture from afar'),
  badAttribute('paragraph', 'picture', 'openmoji:../../etc/passwd', 'a picture path'),
  badAttribute('paragraph', 'picture', 42, 'a number for a picture'),
  badAttribute('paragraph', 'picture', { src: 'x' }, 'an object for a picture'),
  badAttribute(
    'paragraph',
    'pictureAlt',
    'a'.repeat(PICTURE_ALT_MAX_LENGTH + 1),
    'an alt text one letter too long',
  ),
  badAttribute('heading', 'level', 99, 'a level 99 heading'),
  badAttribute(
    'heading',
    'checkedText',
    'b'.repeat(CHECKED_TEXT_MAX_LENGTH + 1),
    'a checked text one letter too long',
  ),
  badAttribute('heading', 'checkedAt', 'not a date', 'a checked time that is no time'),
  badAttribute('heading', 'sectionId', '../x y', 'a section id with spaces'),
  badLink('javascript:alert(1)'),
  badLink(' JaVa\tScRiPt:alert(1)'),
  badLink('data:text/html,<script>alert(1)</script>'),
];

export const BROKEN_UPDATES: BrokenUpdate[] = [
  ...BAD_ATTRIBUTES,
  {
    name: 'a string straight in the document',
    make: asOtherRoot((doc) => doc.getText('default').insert(0, 'BRICK')),
  },
  {
    name: 'values straight in the document',
    make: asOtherRoot((doc) => doc.getArray('default').insert(0, [1, 'two', { three: 3 }])),
  },
  {
    name: 'a Y.Text straight in the document',
    make: asOtherRoot((doc) => doc.getArray('default').insert(0, [new Y.Text('plain text')])),
  },
  {
    name: 'a Y.Map straight in the document',
    make: asOtherRoot((doc) => doc.getArray('default').insert(0, [new Y.Map()])),
  },
  {
    name: 'a key on the document',
    make: asOtherRoot((doc) => doc.getMap('default').set('evil', 'yes')),
  },
  {
    name: 'loose text at the top',
    make: appended(() => text('loose words')),
    words: 'loose words',
  },
  {
    name: 'an embed in text',
    make: appended(() => {
      const words = text('see the picture');
      words.insertEmbed(0, { image: 'https://example.org/x.png' });
      return element('paragraph', [words]);
    }),
    words: 'see the picture',
  },
  {
    name: 'an element inside text',
    make: appended(() => {
      const words = text('words around');
      words.insertEmbed(5, element('paragraph'));
      return element('paragraph', [words]);
    }),
    words: 'words around',
  },
  {
    name: 'an element with an unknown name',
    make: appended(() => element('widget', [text('widget words')])),
    words: 'widget words',
  },
  {
    name: 'a paragraph straight in a list',
    make: intoFirstList(() => element('paragraph', [text('loose item')])),
    words: 'loose item',
  },
  {
    name: 'text straight in a list',
    make: intoFirstList(() => text('list text')),
    words: 'list text',
  },
  {
    name: 'a heading holding a paragraph',
    make: appended(() => element('heading', [element('paragraph', [text('inner words')])])),
    words: 'inner words',
  },
  {
    name: 'a hard break holding text',
    make: appended(() => element('paragraph', [element('hardBreak', [text('broken')])])),
  },
  {
    name: 'formatting with an unknown mark',
    make: appended(() => element('paragraph', [text('marked words', { comment: { id: 1 } })])),
    words: 'marked words',
  },
  {
    name: 'a suggested change to a block set on words',
    make: appended(() =>
      element('paragraph', [
        text('modified words', {
          modification: {
            id: 'm1',
            type: 'attr',
            attrName: 'level',
            previousValue: 1,
            newValue: 2,
          },
        }),
      ]),
    ),
    words: 'modified words',
  },
  {
    name: 'formatting that is not a set of attributes',
    make: appended(() => element('paragraph', [text('bold words', { bold: true })])),
    words: 'bold words',
  },
  {
    name: 'a link with an unknown attribute',
    make: appended(() =>
      element('paragraph', [
        text('linked words', { link: { href: 'https://example.org', onclick: 'alert(1)' } }),
      ]),
    ),
    words: 'linked words',
  },
  {
    name: 'an attribute a paragraph does not have',
    make: appended(() => {
      const paragraph = element('paragraph', [text('clickable words')]);
      paragraph.setAttribute('onclick', 'alert(1)');
      return paragraph;
    }),
    words: 'clickable words',
  },
  {
    name: 'a heading level that is not a number',
    make: appended(() => {
      const heading = element('heading', [text('odd heading')]);
      heading.setAttribute('level', '<h1>');
      return heading;
    }),
    words: 'odd heading',
  },
  {
    name: 'quotes nested 2,000 deep',
    make: nestedQuotes(2000, 'deep words'),
    words: 'deep words',
  },
  {
    name: 'text with attributes',
    make: appended(() => {
      const words = text('text with a key');
      words.setAttribute('evil', 'yes');
      return element('paragraph', [words]);
    }),
    words: 'text with a key',
  },
];

/** The document every broken update is made against: a paragraph and a list. */
export function baseDocument(doc: Y.Doc): void {
  doc
    .getXmlFragment('default')
    .insert(0, [
      element('paragraph', [text('We want homes near our friends.')]),
      element('bulletList', [element('listItem', [element('paragraph', [text('Buses')])])]),
    ]);
}
