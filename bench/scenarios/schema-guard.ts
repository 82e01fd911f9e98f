// Schema guard: what proving a change costs in a generated 200-page strategy (the export
// scenario's document), in process. Every /collab update is applied to a copy of the room's
// document and what it added is checked against the editor's schema; this compares that with
// applying the update alone, per keystroke and per new paragraph, and times the whole-document
// check a room makes once when it loads. Roundtable only: the reference server checks nothing.
import * as Y from 'yjs';
import { editorSchemaGuard } from '../../server/src/export/editor-schema-guard.ts';
import { UpdateProver } from '../../server/src/collab/update-prover.ts';
import { createSampleDocumentState } from '../../server/src/export/sample-document.ts';
import { ScenarioSkipped, metric, type Scenario } from './types.ts';

/** Seeded, so every run times the same edits. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The updates a person makes: one character at a time into random paragraphs, or new ones. */
function edits(state: Uint8Array, count: number, kind: 'keystroke' | 'paragraph'): Uint8Array[] {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const random = seeded(kind === 'keystroke' ? 1 : 2);
  const fragment = doc.getXmlFragment('default');
  const texts: Y.XmlText[] = [];
  for (const block of fragment.toArray()) {
    const first = block instanceof Y.XmlElement ? block.get(0) : null;
    if (first instanceof Y.XmlText) texts.push(first);
  }
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i++) {
    if (kind === 'keystroke') {
      const text = texts[Math.floor(random() * texts.length)] as Y.XmlText;
      text.insert(Math.floor(random() * (text.length + 1)), 'a');
    } else {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('A new point')]);
      fragment.insert(Math.floor(random() * (fragment.length + 1)), [paragraph]);
    }
  }
  doc.destroy();
  return updates;
}

interface Timing {
  /** Microseconds per update: applied to a copy of the document, as every proof does. */
  applyUs: number;
  /** Microseconds per update: the schema guard's look at what it added, alone. */
  guardUs: number;
  /** Microseconds per update: the whole proof (apply, guard, suggestion authors). */
  proveUs: number;
}

function timeEach(state: Uint8Array, updates: Uint8Array[]): Timing {
  const guard = editorSchemaGuard();
  const copy = new Y.Doc();
  Y.applyUpdate(copy, state);
  let applyMs = 0;
  let guardMs = 0;
  for (const update of updates) {
    const before = Y.decodeStateVector(Y.encodeStateVector(copy));
    let started = performance.now();
    Y.applyUpdate(copy, update);
    applyMs += performance.now() - started;
    started = performance.now();
    guard.checkAdded(copy, before);
    guardMs += performance.now() - started;
  }
  copy.destroy();
  const live = new Y.Doc();
  Y.applyUpdate(live, state);
  const prover = new UpdateProver({ live, guard });
  const person = { kind: 'person', personId: 'u-bench' } as const;
  prover.prove(updates[0] as Uint8Array, person); // builds the copy and the suggestion index
  const started = performance.now();
  for (const update of updates.slice(1)) prover.prove(update, person);
  const proveMs = performance.now() - started;
  prover.destroy();
  live.destroy();
  const perUpdate = (ms: number, count = updates.length) => (ms * 1000) / count;
  return {
    applyUs: perUpdate(applyMs),
    guardUs: perUpdate(guardMs),
    proveUs: perUpdate(proveMs, updates.length - 1),
  };
}

export const schemaGuardScenario: Scenario = {
  name: 'schema-guard',
  describe: (config) =>
    `schema guard: proving changes to a generated ${config.quick ? '20' : '200'}-page document (Roundtable only)`,
  async run(context) {
    if (context.kind === 'reference') {
      throw new ScenarioSkipped('the reference server checks no update');
    }
    const sections = context.config.quick ? 6 : 60;
    const count = context.config.quick ? 500 : 5000;
    const state = createSampleDocumentState({ sections });
    context.progress('checking the whole document');
    const live = new Y.Doc();
    Y.applyUpdate(live, state);
    const guard = editorSchemaGuard();
    const started = performance.now();
    const verdict = guard.checkAll(live);
    const wholeMs = performance.now() - started;
    live.destroy();
    context.progress(`proving ${count} keystrokes and ${count / 10} new paragraphs`);
    const keystroke = timeEach(state, edits(state, count, 'keystroke'));
    const paragraph = timeEach(state, edits(state, count / 10, 'paragraph'));
    const details = { sections, stateBytes: state.byteLength, keystroke, paragraph, wholeMs };
    return {
      metrics: [
        metric('keystroke: schema guard alone', 'µs', keystroke.guardUs, false),
        metric('keystroke: applied to the copy (every proof)', 'µs', keystroke.applyUs, false),
        metric('keystroke: whole proof', 'µs', keystroke.proveUs, false),
        metric('new paragraph: schema guard alone', 'µs', paragraph.guardUs, false),
        metric('new paragraph: whole proof', 'µs', paragraph.proveUs, false),
        metric('whole-document check, once per load', 'ms', wholeMs, false),
      ],
      problems: verdict.problem ? [`the sample document does not fit: ${verdict.problem}`] : [],
      details,
    };
  },
};
