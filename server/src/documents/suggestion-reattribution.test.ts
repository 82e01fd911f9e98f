// Erasing a person from content: their waiting suggestion names the pseudonym (and their id is
// gone from the re-encoded bytes), or, when chosen, is taken out; text stays either way.
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { listSuggestions } from '@roundtable/shared/editor/suggestions';
import { CONTENT_FRAGMENT } from '@roundtable/shared/protocol/collab';
import { createDocumentSchema } from '../export/index.ts';
import { suggestParagraph } from '../testing/suggestion-paragraph.ts';
import { reattributedVersion, reattributionUpdate } from './suggestion-reattribution.ts';

const schema = createDocumentSchema();
const SAM = 'sAmS4mS4mS4mS4m1';

function draft(): Uint8Array {
  const doc = new Y.Doc();
  suggestParagraph(doc, 'We want ', 'a quiet room', 's-sam', SAM);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

function read(state: Uint8Array) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const root = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(CONTENT_FRAGMENT), schema);
  doc.destroy();
  return { text: root.textContent, suggestions: listSuggestions(root) };
}

const after = (state: Uint8Array, update: Uint8Array | undefined): Uint8Array =>
  update ? Y.mergeUpdates([state, update]) : state;

describe('erasing a person from a document', () => {
  it('names the pseudonym on their waiting suggestion, and keeps the text', () => {
    const state = draft();
    const update = reattributionUpdate(state, schema, {
      from: SAM,
      to: 'former-member-3',
      removePending: false,
    });
    const changed = read(after(state, update));
    expect(changed.text).toBe('We want a quiet room');
    expect(changed.suggestions.map((s) => s.author)).toEqual(['former-member-3']);
  });

  it('takes out their waiting suggestions when the administrator chooses so', () => {
    const state = draft();
    const update = reattributionUpdate(state, schema, {
      from: SAM,
      to: 'former-member-3',
      removePending: true,
    });
    const changed = read(after(state, update));
    expect(changed.text).toBe('We want ');
    expect(changed.suggestions).toEqual([]);
  });

  it('re-encodes a stored version without their id in its bytes', () => {
    const version = reattributedVersion(draft(), schema, {
      from: SAM,
      to: 'former-member-3',
      removePending: false,
    });
    expect(Buffer.from(version).includes(Buffer.from(SAM))).toBe(false);
    expect(read(version).suggestions.map((s) => s.author)).toEqual(['former-member-3']);
  });

  it('changes nothing in a document without their suggestions', () => {
    const state = draft();
    expect(
      reattributionUpdate(state, schema, { from: 'someone', to: 'x', removePending: false }),
    ).toBeUndefined();
  });
});
