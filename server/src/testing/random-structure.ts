// Seeded structure-breaking changes for the /collab fuzzer: something put somewhere in the
// editor's content that may not fit there (a value, an unknown or misplaced node, loose text,
// odd attributes or formatting, an embed, a suggestion in another person's name), or one of the
// hand-made broken updates (broken-content.ts). Some happen to fit, and are taken: the fuzzer
// checks only that the document always fits the schema in the end.
import * as Y from 'yjs';
import { BROKEN_UPDATES, changeTo, element, text } from './broken-content.ts';
import type { Random } from './yjs-mutations.ts';

const pick = <T>(random: Random, choices: readonly T[]): T =>
  choices[Math.floor(random() * choices.length)] as T;

const NODE_NAMES = [
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'blockquote',
  'hardBreak',
  'horizontalRule',
  'text',
  'doc',
  'widget',
  'script',
];
const KEYS = ['level', 'start', 'picture', 'pictureAlt', 'href', 'onclick', 'marks', 'type'];
const VALUES: unknown[] = [2, '2', null, true, 'openmoji:1F3E0', { nested: [1] }, 1e300, ''];
const FORMATS = [
  'bold',
  'italic',
  'link',
  'insertion',
  'deletion',
  'comment',
  'modification--abcdefgh',
];
const FORMAT_VALUES: unknown[] = [
  {},
  true,
  null,
  { href: 'https://example.org' },
  { id: 'sx', author: 'u-someone-else', at: null },
  { id: 'sy', author: null, at: '2026-01-01T00:00:00.000Z' },
  { unknown: 1 },
];

/** Every element of the content (the fragment first). */
function elements(fragment: Y.XmlFragment): Y.XmlFragment[] {
  const found: Y.XmlFragment[] = [fragment];
  for (let i = 0; i < found.length; i++) {
    for (const child of (found[i] as Y.XmlFragment).toArray()) {
      if (child instanceof Y.XmlElement) found.push(child);
    }
  }
  return found;
}

function texts(fragment: Y.XmlFragment): Y.XmlText[] {
  return elements(fragment).flatMap((parent) =>
    parent.toArray().filter((child): child is Y.XmlText => child instanceof Y.XmlText),
  );
}

/** Something a raw client could put among an element's children. */
function oddChild(random: Random): unknown {
  switch (Math.floor(random() * 6)) {
    case 0:
      return pick(random, [42, 'loose', { an: 'object' }, new Uint8Array([1, 2])]);
    case 1:
      return pick(random, [new Y.Map(), new Y.Array(), new Y.Text('plain')]);
    case 2:
      return text('loose text');
    default:
      return element(pick(random, NODE_NAMES), random() < 0.7 ? [text('words')] : []);
  }
}

/** A seeded change against a document holding `state` that may not fit the schema. */
export function randomStructureBreak(state: Uint8Array, random: Random): Uint8Array {
  if (random() < 0.3) return pick(random, BROKEN_UPDATES).make(state);
  return changeTo(state, (fragment) => {
    const target = pick(random, elements(fragment));
    const roll = random();
    if (roll < 0.5) {
      const at = Math.floor(random() * (target.length + 1));
      // The generic list insert takes any value, as a raw client's update can carry.
      Y.XmlFragment.prototype.insert.call(target, at, [oddChild(random)] as Y.XmlElement[]);
    } else if (roll < 0.7 && target instanceof Y.XmlElement) {
      target.setAttribute(pick(random, KEYS), pick(random, VALUES) as string);
    } else {
      const words = texts(fragment);
      const into = words.length > 0 ? pick(random, words) : null;
      if (!into || into.length === 0) return;
      if (random() < 0.2) into.insertEmbed(0, { image: 'x' });
      else into.format(0, into.length, { [pick(random, FORMATS)]: pick(random, FORMAT_VALUES) });
    }
  });
}
