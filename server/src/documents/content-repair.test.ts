// Content stored before the schema guard may not fit the editor's schema: the repair makes it
// fit, keeps its words, changes nothing that fits, and is the same change wherever it is made.
// Deciding a suggestion in such a document, and restoring such a version, work and repair it.
import { describe, expect, it } from 'vitest';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { editorSchemaGuard } from '../export/editor-schema-guard.ts';
import { createDocumentSchema } from '../export/index.ts';
import { BROKEN_UPDATES, baseDocument, nestedQuotes } from '../testing/broken-content.ts';
import { yjsStateToProseMirrorJSON } from '../export/document-model.ts';
import { suggestParagraph } from '../testing/suggestion-paragraph.ts';
import { repairUpdates, repairedState } from './content-repair.ts';
import { ContentRules } from './content-rules.ts';
import { restoreUpdate } from './restore.ts';
import { decideSuggestion } from './suggestion-decision.ts';

const schema = createDocumentSchema();
const rules = new ContentRules(schema);
const guard = editorSchemaGuard();

/** The base document with every broken update in it, as an old server would have stored it. */
function brokenState(broken = BROKEN_UPDATES): Uint8Array {
  const doc = new Y.Doc();
  baseDocument(doc);
  suggestParagraph(doc, 'We want ', 'more support at home', 's1', 'u-sam');
  for (const { make } of broken) Y.applyUpdate(doc, make(Y.encodeStateAsUpdate(doc)));
  return Y.encodeStateAsUpdate(doc);
}

const docOf = (state: Uint8Array): Y.Doc => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
};

const problemOf = (state: Uint8Array): string | null => guard.checkAll(docOf(state)).problem;

describe('repairing content that does not fit the schema', () => {
  it.each(BROKEN_UPDATES.map((broken) => [broken.name, broken] as const))(
    'repairs %s, keeping its words',
    (_name, broken) => {
      const state = brokenState([broken]);
      expect(problemOf(state)).not.toBeNull();
      const repaired = repairedState(state, rules);
      expect(problemOf(repaired)).toBeNull();
      const content = docOf(repaired).getXmlFragment('default').toString();
      expect(content).toContain('We want homes near our friends.');
      if (broken.words) expect(content).toContain(broken.words);
      // What the editor reads from it is valid for the schema, with nothing left out.
      const fragment = docOf(repaired).getXmlFragment('default');
      const before = fragment.toString();
      expect(() => yXmlFragmentToProseMirrorRootNode(fragment, schema).check()).not.toThrow();
      expect(fragment.toString()).toBe(before);
    },
  );

  it('repairs all of them at once, and changes nothing that fits', () => {
    const repaired = repairedState(brokenState(), rules);
    expect(problemOf(repaired)).toBeNull();
    expect(repairedState(repaired, rules)).toBe(repaired);
    const fine = new Y.Doc();
    baseDocument(fine);
    expect(repairUpdates(fine, rules)).toEqual([]);
  });

  it('flattens quotes stored 5,000 deep, keeping the words, and the draft then exports', () => {
    const state = brokenState([{ name: 'deep', make: nestedQuotes(5000, 'five thousand down') }]);
    const repaired = repairedState(state, rules);
    expect(problemOf(repaired)).toBeNull();
    expect(docOf(repaired).getXmlFragment('default').toString()).toContain('five thousand down');
    // Read for export straight from the stored state, unrepaired.
    expect(JSON.stringify(yjsStateToProseMirrorJSON(state, schema))).toContain(
      'five thousand down',
    );
  });

  it('makes the same change from the same state, so two processes do not repair twice', () => {
    const state = brokenState();
    const [first, second] = [
      repairUpdates(docOf(state), rules),
      repairUpdates(docOf(state), rules),
    ];
    expect(first.length).toBeGreaterThan(0);
    expect(first.map((update) => Buffer.from(update))).toEqual(
      second.map((update) => Buffer.from(update)),
    );
  });

  it('decides a suggestion in a broken document, repairing it', () => {
    const state = brokenState();
    const decided = decideSuggestion({ state, suggestionId: 's1', outcome: 'accepted', schema });
    expect(decided).toBeDefined();
    const doc = docOf(state);
    Y.applyUpdate(doc, decided!.update);
    expect(guard.checkAll(doc).problem).toBeNull();
    expect(doc.getXmlFragment('default').toString()).toContain('We want more support at home');
  });

  it('restores a broken version once it is read repaired', () => {
    const current = new Y.Doc();
    baseDocument(current);
    const update = restoreUpdate(
      Y.encodeStateAsUpdate(current),
      repairedState(brokenState(), rules),
    );
    Y.applyUpdate(current, update);
    expect(guard.checkAll(current).problem).toBeNull();
    expect(current.getXmlFragment('default').toString()).toContain('widget words');
  });
});
