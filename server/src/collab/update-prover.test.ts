// The proof that an update applies is made against the room's real state: most updates that
// Yjs rejects are rejected only there (they name items the document holds), so a trial on an
// empty document is not enough.
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { seededRandom } from '../testing/fuzz-budget.ts';
import { decodes, editingSession, mutateUpdate } from '../testing/yjs-mutations.ts';
import { editorSchemaGuard } from '../export/editor-schema-guard.ts';
import { UpdateProver, UpdateRefused, UpdateWaits, type UpdateSource } from './update-prover.ts';
import { MalformedMessage } from './codec.ts';

function appliesTo(state: Uint8Array | null, update: Uint8Array): boolean {
  const doc = new Y.Doc();
  try {
    if (state) Y.applyUpdate(doc, state);
    Y.applyUpdate(doc, update);
    return true;
  } catch {
    return false;
  } finally {
    doc.destroy();
  }
}

/** A session, and a broken update that applies to an empty document but not to the session's. */
function stateDependentCase(): { live: Y.Doc; bad: Uint8Array; good: Uint8Array } {
  const random = seededRandom(20261206);
  const source = new Y.Doc();
  const updates = editingSession(random, 120, source);
  for (let attempt = 0; attempt < 50_000; attempt++) {
    const index = 1 + Math.floor(random() * (updates.length - 2));
    const bad = mutateUpdate(updates[index]!, random);
    if (!decodes(bad)) continue;
    const state = Y.mergeUpdates(updates.slice(0, index));
    if (appliesTo(null, bad) && !appliesTo(state, bad)) {
      const live = new Y.Doc();
      Y.applyUpdate(live, state);
      return { live, bad, good: updates[index]! };
    }
  }
  throw new Error('no state-dependent failure found');
}

const guard = editorSchemaGuard();
const person: UpdateSource = { kind: 'person', personId: 'u-lucy' };

describe('proving an update before it is stored', () => {
  it('refuses an update that applies to an empty document but not to this one, as malformed', () => {
    const { live, bad, good } = stateDependentCase();
    const before = Y.encodeStateAsUpdate(live);
    const prover = new UpdateProver({ live, guard });
    expect(() => prover.prove(bad, person)).toThrow(UpdateRefused);
    expect(() => prover.prove(bad, person)).toThrow(MalformedMessage);
    expect(Buffer.from(Y.encodeStateAsUpdate(live))).toEqual(Buffer.from(before));
    // The copy was dropped (it may have been half changed) and is rebuilt for the next one.
    prover.prove(good, person);
    prover.destroy();
  });

  it('proves against updates proven before but not yet applied live (still being stored)', () => {
    const source = new Y.Doc();
    const updates = editingSession(seededRandom(7), 40, source);
    const live = new Y.Doc();
    Y.applyUpdate(live, updates[0]!);
    const prover = new UpdateProver({ live, guard });
    for (const update of updates.slice(1, 20)) prover.prove(update, person);
    // A refusal drops the copy; the rebuilt copy still holds the proven updates not yet live.
    expect(() => prover.prove(new Uint8Array([0, 1, 0xff, 0xff]), person)).toThrow(UpdateRefused);
    for (const update of updates.slice(20)) prover.prove(update, person);
    for (const update of updates.slice(1)) {
      Y.applyUpdate(live, update);
      prover.applied(update);
    }
    expect(live.getXmlFragment('default').toString()).toBe(
      source.getXmlFragment('default').toString(),
    );
    prover.destroy();
  });

  it('keeps its copy while proofs keep coming, and drops it after a quiet spell', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const source = new Y.Doc();
      const updates = editingSession(seededRandom(11), 12, source);
      const live = new Y.Doc();
      const prover = new UpdateProver({ live, guard, idleMs: 1000 });
      // Ten proofs 600 ms apart: each quiet spell is shorter than a second.
      for (const update of updates.slice(0, 10)) {
        prover.prove(update, person);
        vi.advanceTimersByTime(600);
        expect(prover.holdsCopy).toBe(true);
      }
      vi.advanceTimersByTime(400);
      expect(prover.holdsCopy).toBe(false);
      // The next proof rebuilds it, and a quiet second drops it again.
      prover.prove(updates[10]!, person);
      expect(prover.holdsCopy).toBe(true);
      vi.advanceTimersByTime(999);
      expect(prover.holdsCopy).toBe(true);
      vi.advanceTimersByTime(1);
      expect(prover.holdsCopy).toBe(false);
      prover.destroy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses for now an update that would wait for changes the document lacks', () => {
    // Its waiting part would be applied later, by whichever update completes it: a broken one
    // would then fail on an innocent update (the fuzzer found this), so it is not taken.
    const source = new Y.Doc();
    const updates: Uint8Array[] = [];
    source.on('update', (update: Uint8Array) => updates.push(update));
    const paragraph = new Y.XmlElement('paragraph');
    source.getXmlFragment('default').insert(0, [paragraph]);
    paragraph.insert(0, [new Y.XmlText('Breaks for carers')]);
    const live = new Y.Doc();
    const prover = new UpdateProver({ live, guard });
    expect(() => prover.prove(updates[1]!, person)).toThrow(UpdateWaits);
    // From another process (already stored there) it is taken, and completed later.
    prover.prove(updates[1]!, { kind: 'stored' });
    prover.prove(updates[0]!, person);
    prover.destroy();
  });
});
