// Suggestions with Yjs: two people suggest at the same moment in two copies of a document,
// the copies converge with both suggestions (each with its author), and accepting one and
// rejecting the other leaves both copies with the same text.
import { getSchema } from '@tiptap/core';
import { suggestChanges } from '@handlewithcare/prosemirror-suggest-changes';
import { EditorState } from '@tiptap/pm/state';
import { updateYFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createDocumentExtensions } from '@roundtable/shared/editor/extensions';
import {
  describeSuggestion,
  listSuggestions,
  suggestTransaction,
} from '@roundtable/shared/editor/suggestions';
import { CONTENT_FRAGMENT } from '@roundtable/shared/protocol/collab';
import { decideSuggestion } from '../documents/suggestion-decision.ts';

const schema = getSchema(createDocumentExtensions());

/** One person's editor over a Y.Doc: what y-tiptap's binding does, without a screen. */
class Editor {
  readonly doc = new Y.Doc();
  constructor(readonly author: string) {}

  state(): EditorState {
    const root = yXmlFragmentToProseMirrorRootNode(this.fragment(), schema);
    return EditorState.create({ schema, doc: root, plugins: [suggestChanges()] });
  }

  fragment(): Y.XmlFragment {
    return this.doc.getXmlFragment(CONTENT_FRAGMENT);
  }

  /** Makes an edit in Suggesting mode and writes it to the Y.Doc. */
  suggest(edit: (state: EditorState) => EditorState['tr']): void {
    const state = this.state();
    const tr = suggestTransaction(edit(state), state, this.author, '2026-11-23T10:00:00.000Z');
    this.write(state.apply(tr));
  }

  write(state: EditorState): void {
    this.doc.transact(() => {
      updateYFragment(this.doc, this.fragment(), state.doc, {
        mapping: new Map(),
        isOMark: new Map(),
      });
    });
  }

  text(): string {
    return this.state().doc.textContent;
  }
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

function findText(state: EditorState, text: string): number {
  let found = -1;
  state.doc.descendants((node, pos) => {
    const index = node.isText ? (node.text ?? '').indexOf(text) : -1;
    if (found < 0 && index >= 0) found = pos + index;
    return found < 0;
  });
  if (found < 0) throw new Error(`no "${text}" in the document`);
  return found;
}

function twoPeople(): [Editor, Editor] {
  const alice = new Editor('alice');
  const bob = new Editor('bob');
  const first = alice.state();
  const paragraph = schema.nodes.paragraph!.create(null, schema.text('We want homes.'));
  alice.write(first.apply(first.tr.replaceWith(0, first.doc.content.size, paragraph)));
  sync(alice.doc, bob.doc);
  return [alice, bob];
}

describe('suggestions with concurrent edits', () => {
  it('turns typing and deleting into suggestions, with the author and time', () => {
    const [alice] = twoPeople();
    alice.suggest((s) => s.tr.insertText(' near family', findText(s, '.')));
    alice.suggest((s) => s.tr.delete(findText(s, 'want'), findText(s, 'want') + 5));
    expect(alice.text()).toBe('We want homes near family.');
    const suggestions = listSuggestions(alice.state().doc);
    expect(suggestions.map(describeSuggestion)).toEqual(['removes ‘want’', 'adds ‘near family’']);
    expect(suggestions.every((s) => s.author === 'alice')).toBe(true);
    expect(suggestions[0]?.at).toBe('2026-11-23T10:00:00.000Z');
  });

  it('converges when two people suggest at once, keeping each suggestion apart', () => {
    const [alice, bob] = twoPeople();
    alice.suggest((s) => s.tr.insertText(' near family', findText(s, '.')));
    bob.suggest((s) => s.tr.insertText('all ', findText(s, 'homes')));
    sync(alice.doc, bob.doc);
    expect(alice.text()).toBe(bob.text());
    expect(alice.text()).toBe('We want all homes near family.');
    const suggestions = listSuggestions(bob.state().doc);
    expect(suggestions.map((s) => [s.author, describeSuggestion(s)])).toEqual([
      ['bob', 'adds ‘all’'],
      ['alice', 'adds ‘near family’'],
    ]);
    expect(new Set(suggestions.map((s) => s.id)).size).toBe(2);
  });

  it('accepts one and rejects another on different copies, and both copies agree', () => {
    const [alice, bob] = twoPeople();
    alice.suggest((s) => s.tr.insertText(' near family', findText(s, '.')));
    bob.suggest((s) => s.tr.delete(findText(s, ' want'), findText(s, ' want') + 5));
    sync(alice.doc, bob.doc);
    const [removal, addition] = listSuggestions(alice.state().doc);
    // Alice accepts Bob's removal while Bob, at the same moment, rejects Alice's addition.
    const accepted = decideSuggestion({
      state: Y.encodeStateAsUpdate(alice.doc),
      suggestionId: removal!.id,
      outcome: 'accepted',
      schema,
    });
    const rejected = decideSuggestion({
      state: Y.encodeStateAsUpdate(bob.doc),
      suggestionId: addition!.id,
      outcome: 'rejected',
      schema,
    });
    Y.applyUpdate(alice.doc, accepted!.update);
    Y.applyUpdate(bob.doc, rejected!.update);
    sync(alice.doc, bob.doc);
    expect(alice.text()).toBe('We homes.');
    expect(bob.text()).toBe(alice.text());
    expect(listSuggestions(alice.state().doc)).toEqual([]);
    expect(accepted!.suggestion).toMatchObject({ author: 'bob', removed: ' want' });
  });

  it('keeps a suggestion made while another person edits plainly', () => {
    const [alice, bob] = twoPeople();
    alice.suggest((s) => s.tr.insertText(' near family', findText(s, '.')));
    const plain = bob.state();
    bob.write(plain.apply(plain.tr.insertText('Today ', 1)));
    sync(alice.doc, bob.doc);
    expect(bob.text()).toBe('Today We want homes near family.');
    const accepted = decideSuggestion({
      state: Y.encodeStateAsUpdate(bob.doc),
      suggestionId: listSuggestions(bob.state().doc)[0]!.id,
      outcome: 'accepted',
      schema,
    });
    Y.applyUpdate(bob.doc, accepted!.update);
    sync(alice.doc, bob.doc);
    expect(alice.text()).toBe('Today We want homes near family.');
    expect(listSuggestions(alice.state().doc)).toEqual([]);
  });

  it('finds nothing to decide for an unknown suggestion', () => {
    const [alice] = twoPeople();
    const state = Y.encodeStateAsUpdate(alice.doc);
    expect(decideSuggestion({ state, suggestionId: 'nope', outcome: 'accepted', schema })).toBe(
      undefined,
    );
  });
});
