// The schema guard, through the update prover: an update whose added content does not fit the
// editor's schema is refused whoever sends it, a new suggestion must name its sender, and what
// people's editors make (including what two people deleting at once make) is taken.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { seededRandom } from '../testing/fuzz-budget.ts';
import {
  BROKEN_UPDATES,
  baseDocument,
  changeTo,
  element,
  nestedQuotes,
  text,
} from '../testing/broken-content.ts';
import { editingSession } from '../testing/yjs-mutations.ts';
import { MAX_NESTING_DEPTH } from '@roundtable/shared/editor/nesting';
import { editorSchemaGuard } from '../export/editor-schema-guard.ts';
import {
  UpdateForbidden,
  UpdateProver,
  UpdateRefused,
  type UpdateSource,
} from './update-prover.ts';

const guard = editorSchemaGuard();
const lucy: UpdateSource = { kind: 'person', personId: 'u-lucy' };
const mark: UpdateSource = { kind: 'person', personId: 'u-mark' };

function baseState(): Uint8Array {
  const doc = new Y.Doc();
  baseDocument(doc);
  return Y.encodeStateAsUpdate(doc);
}

/** A room's document holding `state`, and its prover. */
function room(state = baseState()): {
  live: Y.Doc;
  prover: UpdateProver;
  take: (u: Uint8Array) => void;
} {
  const live = new Y.Doc();
  Y.applyUpdate(live, state);
  const prover = new UpdateProver({ live, guard });
  const take = (update: Uint8Array): void => {
    Y.applyUpdate(live, update);
    prover.applied(update);
  };
  return { live, prover, take };
}

const suggestion = (id: string, author: string, at = '2026-11-23T10:00:00.000Z') => ({
  insertion: { id, author, at },
});

describe('the schema guard', () => {
  it.each(BROKEN_UPDATES.map((broken) => [broken.name, broken] as const))(
    'refuses %s, from a person or from the server, and the document is untouched',
    (_name, broken) => {
      const { live, prover } = room();
      const before = live.getXmlFragment('default').toString();
      const update = broken.make(Y.encodeStateAsUpdate(live));
      expect(() => prover.prove(update, lucy)).toThrow(UpdateRefused);
      expect(() => prover.prove(update, { kind: 'server' })).toThrow(UpdateRefused);
      expect(live.getXmlFragment('default').toString()).toBe(before);
      // Stored already by another process: taken as it is (that process refused it before).
      prover.prove(update, { kind: 'stored' });
      prover.destroy();
    },
  );

  it('takes the attribute values people’s editors make: pictures, levels, links, checks', () => {
    const { live, prover } = room();
    const update = changeTo(Y.encodeStateAsUpdate(live), (fragment) => {
      const pictured = element('paragraph', [
        text('home', { link: { href: 'https://example.org/plan' } }),
        text(' mail', { link: { href: 'mailto:team@example.org' } }),
        text(' part', { link: { href: '#housing' } }),
      ]);
      pictured.setAttribute('picture', 'openmoji:1F3E0');
      pictured.setAttribute('pictureAlt', 'A house');
      const uploaded = element('paragraph', [text('our room')]);
      uploaded.setAttribute('picture', 'upload:Zk3_x-9');
      const heading = element('heading', [text('Housing')]) as Y.XmlElement<
        Record<string, string | number>
      >;
      heading.setAttribute('level', 3);
      heading.setAttribute('sectionId', 'sabc123');
      heading.setAttribute('checkedText', 'Housing\nWe want homes.');
      heading.setAttribute('checkedAt', '2031-03-04T10:00:00.000Z');
      fragment.insert(fragment.length, [pictured, uploaded, heading as unknown as Y.XmlElement]);
    });
    expect(() => prover.prove(update, lucy)).not.toThrow();
    prover.destroy();
  });

  it('says which rule a refused attribute value breaks', () => {
    const { live, prover } = room();
    const picture = BROKEN_UPDATES.find((broken) => broken.name.includes('javascript:alert'));
    const update = picture?.make(Y.encodeStateAsUpdate(live)) ?? new Uint8Array();
    expect(() => prover.prove(update, lucy)).toThrow(/the picture of a paragraph is not valid/);
    prover.destroy();
  });

  it('takes an editing session, and content in other roots than the editor’s', () => {
    const { live, prover, take } = room(new Uint8Array([0, 0]));
    const source = new Y.Doc();
    for (const update of editingSession(seededRandom(11), 200, source)) {
      prover.prove(update, lucy);
      take(update);
    }
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(live));
    const before = Y.encodeStateVector(other);
    other.getText('t').insert(0, 'a script’s own text');
    other.getMap('settings').set('colour', { any: ['json', 1] });
    prover.prove(Y.encodeStateAsUpdate(other, before), lucy);
    prover.destroy();
  });

  it('takes content nested as deep as the limit, and refuses one level more, added later too', () => {
    const { live, prover, take } = room();
    // The paragraph inside is the deepest element: MAX_NESTING_DEPTH deep.
    const deepest = nestedQuotes(MAX_NESTING_DEPTH - 1, 'as deep as may be');
    const fits = deepest(Y.encodeStateAsUpdate(live));
    prover.prove(fits, lucy);
    take(fits);
    const tooDeep = nestedQuotes(MAX_NESTING_DEPTH, 'one level more');
    expect(() => prover.prove(tooDeep(Y.encodeStateAsUpdate(live)), lucy)).toThrow(UpdateRefused);
    // A line break put into the deepest paragraph on its own: refused by walking up from it.
    const deeper = changeTo(Y.encodeStateAsUpdate(live), (fragment) => {
      let inner = fragment.get(fragment.length - 1) as Y.XmlElement;
      while (inner.get(0) instanceof Y.XmlElement) inner = inner.get(0) as Y.XmlElement;
      inner.insert(0, [element('hardBreak')]);
    });
    expect(() => prover.prove(deeper, lucy)).toThrow(/nested more than/);
    prover.destroy();
  });

  it('takes what two people deleting at once leave: a list with no items', () => {
    const twoItems = new Y.Doc();
    twoItems
      .getXmlFragment('default')
      .insert(0, [
        element('bulletList', [
          element('listItem', [element('paragraph', [text('first')])]),
          element('listItem', [element('paragraph', [text('second')])]),
        ]),
      ]);
    const state = Y.encodeStateAsUpdate(twoItems);
    const deleting = (index: number) =>
      changeTo(state, (fragment) => (fragment.get(0) as Y.XmlElement).delete(index, 1));
    const { live, prover, take } = room(state);
    for (const update of [deleting(0), deleting(1)]) {
      prover.prove(update, lucy);
      take(update);
    }
    const list = live.getXmlFragment('default').get(0) as Y.XmlElement;
    expect([list.nodeName, list.length]).toEqual(['bulletList', 0]);
    prover.destroy();
  });

  it('refuses a new suggestion in another person’s name, and takes one in the sender’s', () => {
    const { prover, take } = room();
    const suggest = (id: string, author: string) =>
      changeTo(Y.encodeStateAsUpdate(new Y.Doc()), (fragment) =>
        fragment.insert(0, [element('paragraph', [text('more buses', suggestion(id, author))])]),
      );
    expect(() => prover.prove(suggest('s1', 'u-lucy'), mark)).toThrow(UpdateForbidden);
    const own = suggest('s1', 'u-lucy');
    prover.prove(own, lucy);
    take(own);
    // Nobody may take it over either, or sign a suggestion with no person.
    expect(() => prover.prove(suggest('s1', 'u-mark'), mark)).toThrow(UpdateForbidden);
    expect(() => prover.prove(suggest('s2', 'u-lucy'), { kind: 'person', personId: null })).toThrow(
      UpdateForbidden,
    );
    // The server (deciding suggestions, restoring) writes whatever marks the document holds.
    prover.prove(suggest('s3', 'u-lucy'), { kind: 'server' });
    prover.destroy();
  });

  it('lets a person set an existing suggestion’s mark again as it is, not changed', () => {
    const start = new Y.Doc();
    start
      .getXmlFragment('default')
      .insert(0, [element('paragraph', [text('more buses', suggestion('s1', 'u-lucy'))])]);
    const { live, prover, take } = room(Y.encodeStateAsUpdate(start));
    const copyAsHeading = (format: Record<string, unknown>) =>
      changeTo(Y.encodeStateAsUpdate(live), (fragment) => {
        fragment.delete(0, 1);
        const heading = element('heading', [text('more buses', format)]);
        heading.setAttribute('level', 2 as unknown as string);
        fragment.insert(0, [heading]);
      });
    // Turning Lucy's suggested paragraph into a heading writes her mark again, as Mark.
    const again = copyAsHeading(suggestion('s1', 'u-lucy'));
    prover.prove(again, mark);
    take(again);
    expect(() => prover.prove(copyAsHeading(suggestion('s1', 'u-mark')), mark)).toThrow(
      UpdateForbidden,
    );
    expect(() =>
      prover.prove(copyAsHeading(suggestion('s1', 'u-lucy', '2020-01-01T00:00:00.000Z')), mark),
    ).toThrow(UpdateForbidden);
    prover.destroy();
  });

  it('remembers suggestions that went, so undoing their deletion is taken', () => {
    const start = new Y.Doc();
    start
      .getXmlFragment('default')
      .insert(0, [element('paragraph', [text('more buses', suggestion('s1', 'u-lucy'))])]);
    const { live, prover, take } = room(Y.encodeStateAsUpdate(start));
    const marks = new Y.Doc();
    Y.applyUpdate(marks, Y.encodeStateAsUpdate(live));
    const fragment = marks.getXmlFragment('default');
    const undo = new Y.UndoManager(fragment);
    const updates: Uint8Array[] = [];
    marks.on('update', (update: Uint8Array) => updates.push(update));
    fragment.delete(0, 1);
    undo.undo();
    for (const update of updates) {
      prover.prove(update, mark);
      take(update);
    }
    expect(live.getXmlFragment('default').toString()).toContain('more buses');
    prover.destroy();
  });
});
