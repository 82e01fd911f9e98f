// Property: two people edit the full draft and its Easy Read version at once, each on their own
// replica, and mark sections checked while changes are still on their way. Whatever order the
// changes then arrive in, every replica says the same about every section, and a section "may
// be out of date" exactly when its draft words differ from the words last checked.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { companionState } from '../../editor/easy-read-yjs.ts';
import { blocksOfDocument } from '../../editor/section-blocks.ts';
import { CONTENT_FRAGMENT } from '../../protocol/collab.ts';
import { draftSections, sectionTexts } from './sections.ts';
import { companionStatuses } from './staleness.ts';

const REMOTE = 'remote';

function block(name: string, words: string, attributes: Record<string, string | number> = {}) {
  const element = new Y.XmlElement<Record<string, string | number>>(name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  const text = new Y.XmlText();
  text.insert(0, words);
  element.insert(0, [text]);
  return element as unknown as Y.XmlElement;
}

function firstDraft(): Uint8Array {
  const doc = new Y.Doc();
  doc
    .getXmlFragment(CONTENT_FRAGMENT)
    .push([
      block('paragraph', 'Our plan for the next five years.'),
      block('heading', 'Housing', { level: 2, sectionId: 'housing' }),
      block('paragraph', 'We want homes near friends.'),
      block('heading', 'Rent', { level: 3, sectionId: 'rent' }),
      block('paragraph', 'Rent should be fair.'),
      block('heading', 'Transport', { level: 2, sectionId: 'transport' }),
      block('paragraph', 'Buses should run late.'),
    ]);
  return Y.encodeStateAsUpdate(doc);
}

const textsOf = (draft: Y.Doc) => sectionTexts(draftSections(blocksOfDocument(draft), 'Plan'));
const statusesOf = (draft: Y.Doc, companion: Y.Doc) =>
  companionStatuses(textsOf(draft), blocksOfDocument(companion));

class Replica {
  readonly draft = new Y.Doc();
  readonly companion = new Y.Doc();
  /** Every change made here, in the order it was made: [which document, update]. */
  readonly made: ['draft' | 'companion', Uint8Array][] = [];

  constructor(draftState: Uint8Array, companionStateUpdate: Uint8Array) {
    Y.applyUpdate(this.draft, draftState, REMOTE);
    Y.applyUpdate(this.companion, companionStateUpdate, REMOTE);
    for (const which of ['draft', 'companion'] as const) {
      this[which].on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== REMOTE) this.made.push([which, update]);
      });
    }
  }

  receive([which, update]: ['draft' | 'companion', Uint8Array]): void {
    Y.applyUpdate(this[which], update, REMOTE);
  }
}

function textblocks(doc: Y.Doc): Y.XmlText[] {
  return doc
    .getXmlFragment(CONTENT_FRAGMENT)
    .toArray()
    .flatMap((child) =>
      child instanceof Y.XmlElement && child.get(0) instanceof Y.XmlText
        ? [child.get(0) as Y.XmlText]
        : [],
    );
}

type Operation =
  | { kind: 'type'; replica: number; block: number; at: number; words: string }
  | { kind: 'erase'; replica: number; block: number; at: number; length: number }
  | { kind: 'add-paragraph'; replica: number; after: number; words: string }
  | { kind: 'check'; replica: number; section: number }
  | { kind: 'write-easy-read'; replica: number; block: number; words: string }
  | { kind: 'deliver'; from: number; count: number };

const replicaIndex = fc.integer({ min: 0, max: 1 });
const words = fc.stringMatching(/^[a-z ]{1,6}$/);
const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({
    kind: fc.constant('type' as const),
    replica: replicaIndex,
    block: fc.nat(20),
    at: fc.nat(40),
    words,
  }),
  fc.record({
    kind: fc.constant('erase' as const),
    replica: replicaIndex,
    block: fc.nat(20),
    at: fc.nat(40),
    length: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({
    kind: fc.constant('add-paragraph' as const),
    replica: replicaIndex,
    after: fc.nat(20),
    words,
  }),
  fc.record({ kind: fc.constant('check' as const), replica: replicaIndex, section: fc.nat(5) }),
  fc.record({
    kind: fc.constant('write-easy-read' as const),
    replica: replicaIndex,
    block: fc.nat(10),
    words,
  }),
  fc.record({ kind: fc.constant('deliver' as const), from: replicaIndex, count: fc.nat(4) }),
);

function apply(replicas: Replica[], delivered: number[][], op: Operation, clock: number): void {
  if (op.kind === 'deliver') {
    const from = replicas[op.from] as Replica;
    const to = replicas[1 - op.from] as Replica;
    const row = delivered[op.from] as number[];
    const start = row[0] ?? 0;
    for (const change of from.made.slice(start, start + op.count)) to.receive(change);
    row[0] = Math.min(from.made.length, start + op.count);
    return;
  }
  const replica = replicas[op.replica] as Replica;
  switch (op.kind) {
    case 'type': {
      const blocks = textblocks(replica.draft);
      const text = blocks[op.block % blocks.length] as Y.XmlText;
      text.insert(op.at % (text.length + 1), op.words);
      break;
    }
    case 'erase': {
      const blocks = textblocks(replica.draft);
      const text = blocks[op.block % blocks.length] as Y.XmlText;
      if (text.length === 0) break;
      const at = op.at % text.length;
      text.delete(at, Math.min(op.length, text.length - at));
      break;
    }
    case 'add-paragraph': {
      const fragment = replica.draft.getXmlFragment(CONTENT_FRAGMENT);
      fragment.insert((op.after % fragment.length) + 1, [block('paragraph', op.words)]);
      break;
    }
    case 'check': {
      const headings = replica.companion
        .getXmlFragment(CONTENT_FRAGMENT)
        .toArray()
        .filter((child): child is Y.XmlElement => child instanceof Y.XmlElement)
        .filter((child) => child.nodeName === 'heading');
      const heading = headings[op.section % headings.length] as Y.XmlElement;
      const explains = heading.getAttribute('explains') as string;
      const now = textsOf(replica.draft).get(explains) ?? '';
      replica.companion.transact(() => {
        heading.setAttribute('checkedText', now);
        heading.setAttribute('checkedAt', new Date(Date.UTC(2031, 2, 4, 9, clock)).toISOString());
      });
      break;
    }
    case 'write-easy-read': {
      const blocks = textblocks(replica.companion);
      const text = blocks[op.block % blocks.length];
      text?.insert(0, op.words);
      break;
    }
  }
}

describe('Easy Read sections under concurrent edits', () => {
  it('say the same on every replica, and are out of date exactly when the words differ', () => {
    const draftState = firstDraft();
    const seed = new Y.Doc();
    Y.applyUpdate(seed, draftState);
    const companion = companionState(draftSections(blocksOfDocument(seed), 'Plan'), 'then');
    fc.assert(
      fc.property(
        fc.array(operation, { maxLength: 40 }),
        fc.array(fc.nat(), { minLength: 80, maxLength: 80 }),
        (operations, shuffleKeys) => {
          const replicas = [0, 1].map(() => new Replica(draftState, companion));
          const delivered = [[0], [0]];
          operations.forEach((op, clock) => apply(replicas, delivered, op, clock));
          // Everything left arrives, each side in its own random order.
          for (const from of [0, 1]) {
            const source = replicas[from] as Replica;
            const target = replicas[1 - from] as Replica;
            const rest = source.made
              .slice((delivered[from] as number[])[0])
              .map((change, i) => ({ change, key: shuffleKeys[i % shuffleKeys.length] ?? i }))
              .sort((a, b) => a.key - b.key);
            for (const { change } of rest) target.receive(change);
          }
          const [a, b] = replicas as [Replica, Replica];
          const statuses = statusesOf(a.draft, a.companion);
          expect(statusesOf(b.draft, b.companion)).toEqual(statuses);
          const texts = textsOf(a.draft);
          for (const heading of blocksOfDocument(a.companion)) {
            if (heading.kind !== 'heading' || heading.link.explains === null) continue;
            const status = statuses.find((s) => s.explains === heading.link.explains)?.status;
            const differs = texts.get(heading.link.explains) !== heading.link.checkedText;
            expect(status?.kind === 'may-be-out-of-date').toBe(differs);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
