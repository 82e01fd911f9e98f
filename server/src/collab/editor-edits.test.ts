// What people's editors write is never refused: real ProseMirror editing commands on the
// editor's schema, written to Yjs as the browser's sync binding writes them, each proven by the
// room's prover as coming from the person who made it. Lists, headings, links, block quotes,
// pictures, hard breaks and rules, suggestions (and other people's suggestions being split,
// turned into a heading or typed on), and two people editing at once.
import { describe, expect, it } from 'vitest';
import { deleteSelection, setBlockType, splitBlock, toggleMark, wrapIn } from '@tiptap/pm/commands';
import type { Command } from '@tiptap/pm/state';
import { liftListItem, sinkListItem, splitListItem, wrapInList } from '@tiptap/pm/schema-list';
import * as Y from 'yjs';
import { initialDocumentState } from '../documents/snapshot.ts';
import { createDocumentSchema } from '../export/index.ts';
import { EditorOverYjs } from '../testing/editor-over-yjs.ts';
import { editorSchemaGuard } from '../export/editor-schema-guard.ts';
import { UpdateProver } from './update-prover.ts';

const schema = createDocumentSchema();
const { nodes, marks } = schema;

/** A room's document and its prover, and people editing it. */
function room() {
  const state = initialDocumentState();
  const live = new Y.Doc();
  Y.applyUpdate(live, state);
  const prover = new UpdateProver({ live, guard: editorSchemaGuard() });
  const people: EditorOverYjs[] = [];
  const join = (personId: string): EditorOverYjs => {
    const editor = new EditorOverYjs(schema, personId, Y.encodeStateAsUpdate(live));
    people.push(editor);
    return editor;
  };
  /** Proves a change as its author's, takes it, and shows it to everyone else. */
  const send = (from: EditorOverYjs, update: Uint8Array): void => {
    prover.prove(update, { kind: 'person', personId: from.author });
    Y.applyUpdate(live, update);
    prover.applied(update);
    for (const other of people) if (other !== from) other.receive(update);
  };
  return { live, prover, join, send };
}

const node = (name: string) => nodes[name]!;
const mark = (name: string) => marks[name]!;
const insert =
  (name: string): Command =>
  (state, dispatch) => {
    dispatch?.(state.tr.replaceSelectionWith(node(name).create()));
    return true;
  };
const setPicture =
  (words: string): Command =>
  (state, dispatch) => {
    let at = -1;
    state.doc.descendants((block, pos) => {
      if (at < 0 && block.type.name === 'paragraph' && block.textContent.includes(words)) at = pos;
      return at < 0;
    });
    if (at < 0) return false;
    dispatch?.(
      state.tr.setNodeMarkup(at, null, {
        picture: 'openmoji:1F3E0',
        pictureAlt: 'A house with a garden',
      }),
    );
    return true;
  };

describe('edits made in the editor', () => {
  it('are all taken: text, headings, lists, quotes, links, pictures, breaks and rules', () => {
    const { live, prover, join, send } = room();
    const ana = join('u-ana');
    const edit = (update: Uint8Array) => send(ana, update);
    edit(ana.type('We want homes near our friends.'));
    edit(ana.run(splitBlock));
    edit(ana.type('Buses every hour'));
    ana.select('We want');
    edit(ana.run(setBlockType(node('heading'), { level: 2 })));
    ana.select('Buses');
    edit(ana.run(wrapInList(node('bulletList'))));
    ana.select('every hour', { offset: 10 });
    edit(ana.run(splitListItem(node('listItem'))));
    edit(ana.type('Trains at night'));
    edit(ana.run(sinkListItem(node('listItem'))));
    edit(ana.run(liftListItem(node('listItem'))));
    edit(ana.run(splitListItem(node('listItem'))));
    edit(ana.run(liftListItem(node('listItem'))));
    edit(ana.type('Numbered point'));
    edit(ana.run(wrapInList(node('orderedList'), { start: 3 })));
    edit(ana.run(splitListItem(node('listItem'))));
    edit(ana.run(liftListItem(node('listItem'))));
    edit(ana.type('A quote from the forum'));
    edit(ana.run(wrapIn(node('blockquote'))));
    ana.select('homes', { through: 'homes' });
    edit(ana.run(toggleMark(mark('bold'))));
    edit(ana.run(toggleMark(mark('italic'))));
    ana.select('friends', { through: 'friends' });
    edit(ana.run(toggleMark(mark('link'), { href: 'https://example.org/forum' })));
    expect(live.getXmlFragment('default').toString()).toContain('https://example.org/forum');
    ana.select('Trains', { offset: 6 });
    edit(ana.run(insert('hardBreak')));
    ana.select('A quote');
    edit(ana.run(insert('horizontalRule')));
    edit(ana.run(setPicture('Numbered')));
    ana.select('every', { offset: 2 });
    edit(ana.run(splitBlock));
    // Across two blocks: they join.
    ana.select('near', { through: 'Buses' });
    edit(ana.run(deleteSelection));

    const content = live.getXmlFragment('default').toString();
    console.log(content);
    for (const kind of ['heading', 'bulletlist', 'orderedlist', 'blockquote', 'hardbreak']) {
      expect(content.toLowerCase()).toContain(kind);
    }
    expect(content).toContain('openmoji:1F3E0');
    prover.destroy();
  });

  it('are all taken in Suggesting mode, and when others split, retype or reformat a suggestion', () => {
    const { live, prover, join, send } = room();
    const ana = join('u-ana');
    const ben = join('u-ben');
    send(ana, ana.type('We want homes near our friends.'));
    send(ana, ana.run(splitBlock));
    send(ana, ana.type('Buses every hour'));
    // Ben suggests: typing, deleting, and bold (a formatting suggestion).
    ben.select('friends', { offset: 7 });
    send(ben, ben.type(' and family', { suggesting: true }));
    ben.select('every hour', { through: 'every hour' });
    send(ben, ben.run(deleteSelection, { suggesting: true }));
    ben.select('homes', { through: 'homes' });
    send(ben, ben.run(toggleMark(mark('bold')), { suggesting: true }));
    ben.select('Buses');
    send(ben, ben.run(setBlockType(node('heading'), { level: 2 }), { suggesting: true }));
    send(ben, ben.run(setPicture('We want'), { suggesting: true }));
    // Ana (not suggesting) splits Ben's suggested words, and turns them into a heading.
    ana.select('and family', { offset: 4 });
    send(ana, ana.run(splitBlock));
    ana.select('family');
    send(ana, ana.run(setBlockType(node('heading'), { level: 3 })));
    // Ana suggests at the edge of Ben's suggestion: it stays Ben's, as the browser stamps it.
    ana.select('family', { offset: 6 });
    send(ana, ana.type(' too', { suggesting: true }));
    ana.select('Buses', { offset: 5 });
    send(ana, ana.type(' and trains', { suggesting: true }));

    const content = live.getXmlFragment('default').toString();
    console.log(content);
    expect(content).toContain('u-ben');
    expect(content).toContain('u-ana');
    expect(content).toContain('<insertion');
    expect(content).toContain('<deletion');
    prover.destroy();
  });

  it('are all taken when two people edit at once', () => {
    const { prover, join, send } = room();
    const ana = join('u-ana');
    send(ana, ana.type('First'));
    send(ana, ana.run(wrapInList(node('bulletList'))));
    send(ana, ana.run(splitListItem(node('listItem'))));
    send(ana, ana.type('Second'));
    const ben = join('u-ben');
    // Each changes the list without seeing the other's change.
    ana.select('First', { through: 'First' });
    const anaDeletes = ana.run(deleteSelection);
    ben.select('Second');
    const benLifts = ben.run(liftListItem(node('listItem')));
    send(ana, anaDeletes);
    send(ben, benLifts);
    ben.select('Second', { offset: 6 });
    send(ben, ben.type(' item'));
    prover.destroy();
  });
});
