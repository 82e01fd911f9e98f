// The in-review rule on a long draft: the guard judges only the blocks a change touches, and
// must judge every change as the whole-document comparison did.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '@roundtable/shared/protocol/collab';
import { reviewRuleOf } from '../testing/review-rule.ts';

const mark = (id: string) => ({ id, author: 'u-sam', at: '2026-11-23T10:00:00.000Z' });
const SUGGESTION_KEYS = new Set(['insertion', 'deletion', 'modification']);

/** The whole-document baseline, as the guard computed it before it looked at blocks alone. */
function wholeBaseline(doc: Y.Doc): string {
  const runs: { text: string; format: string }[] = [];
  const collect = (type: Y.XmlFragment | Y.XmlElement): void => {
    for (const child of type.toArray()) {
      if (child instanceof Y.XmlText) {
        for (const { insert, attributes = {} } of child.toDelta() as {
          insert: unknown;
          attributes?: Record<string, unknown>;
        }[]) {
          if (attributes.insertion) continue;
          const text = typeof insert === 'string' ? insert.replace(/\u200B/g, '') : '\uFFFC';
          const kept = Object.entries(attributes).filter(([key]) => !SUGGESTION_KEYS.has(key));
          const format = JSON.stringify(kept.sort(([a], [b]) => a.localeCompare(b)));
          const last = runs.at(-1);
          if (last && last.format === format) last.text += text;
          else if (text) runs.push({ text, format });
        }
      } else if (child instanceof Y.XmlElement) {
        const picture: unknown = child.getAttribute('picture');
        if (picture) {
          const format = JSON.stringify(['picture', picture, child.getAttribute('pictureAlt')]);
          runs.push({ text: '\uFFFC', format });
        }
        collect(child);
      }
    }
  };
  collect(doc.getXmlFragment(CONTENT_FRAGMENT));
  return JSON.stringify(runs);
}

const copyOf = (doc: Y.Doc): Y.Doc => {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
};

/** The old judge: a trial copy of the whole draft per update. */
class WholeDocumentJudge {
  constructor(public shadow: Y.Doc) {}
  admits(update: Uint8Array): boolean {
    const trial = copyOf(this.shadow);
    Y.applyUpdate(trial, update);
    const waiting = trial.store.pendingStructs !== null || trial.store.pendingDs !== null;
    if (waiting || wholeBaseline(trial) !== wholeBaseline(this.shadow)) return false;
    this.shadow = trial;
    return true;
  }
}

const paragraph = (words: string): Y.XmlElement => {
  const element = new Y.XmlElement('paragraph');
  element.insert(0, [new Y.XmlText(words)]);
  return element;
};

/** A long draft: headings, paragraphs, and a bulleted list every tenth block. */
function longDraft(blocks: number): Y.Doc {
  const doc = new Y.Doc();
  const content: Y.XmlElement[] = [];
  for (let index = 0; index < blocks; index++) {
    if (index % 10 === 5) {
      const list = new Y.XmlElement('bulletList');
      const item = new Y.XmlElement('listItem');
      item.insert(0, [paragraph(`Point ${index} one.`), paragraph(`Point ${index} two.`)]);
      list.insert(0, [item]);
      content.push(list);
    } else if (index % 10 === 0) {
      const heading = new Y.XmlElement('heading');
      heading.insert(0, [new Y.XmlText(`Section ${index}`)]);
      content.push(heading);
    } else {
      content.push(paragraph(`Paragraph ${index} says we want homes near family and work.`));
    }
  }
  doc.getXmlFragment(CONTENT_FRAGMENT).insert(0, content);
  return doc;
}

function updateOf(doc: Y.Doc, change: () => void): Uint8Array {
  const before = Y.encodeStateVector(doc);
  doc.transact(change);
  return Y.encodeStateAsUpdate(doc, before);
}

/** Every XmlText of a draft, in document order. */
function textsOf(type: Y.XmlFragment | Y.XmlElement, into: Y.XmlText[] = []): Y.XmlText[] {
  for (const child of type.toArray()) {
    if (child instanceof Y.XmlText) into.push(child);
    else if (child instanceof Y.XmlElement) textsOf(child, into);
  }
  return into;
}

/** A small seeded random source, so a failure repeats. */
function randomFrom(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    // mulberry32
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * below);
  };
}

type Change = (doc: Y.Doc, pick: (below: number) => number) => void;

const changes: Record<string, Change> = {
  suggestWords: (doc, pick) => {
    const text = pickText(doc, pick);
    text.insert(pick(text.length + 1), ' soon', { insertion: mark(`s${pick(1e6)}`) });
  },
  markForRemoval: (doc, pick) => {
    const text = pickText(doc, pick);
    const from = pick(text.length);
    text.format(from, 1 + pick(text.length - from), { deletion: mark(`d${pick(1e6)}`) });
  },
  typePlainWords: (doc, pick) => {
    const text = pickText(doc, pick);
    text.insert(pick(text.length + 1), 'x');
  },
  deleteOutright: (doc, pick) => {
    const text = pickText(doc, pick);
    if (text.length > 0) text.delete(pick(text.length), 1);
  },
  makeBold: (doc, pick) => {
    const text = pickText(doc, pick);
    text.format(pick(text.length), 2, { bold: {} });
  },
  acceptBySelf: (doc, pick) => {
    const text = pickText(doc, pick);
    text.format(0, text.length, { insertion: null });
  },
  newSuggestedParagraph: (doc, pick) => {
    const fragment = doc.getXmlFragment(CONTENT_FRAGMENT);
    const element = new Y.XmlElement('paragraph');
    const words = new Y.XmlText();
    element.insert(0, [words]);
    fragment.insert(pick(fragment.length + 1), [element]);
    words.insert(0, 'A new idea.', { insertion: mark(`n${pick(1e6)}`) });
  },
  newPlainParagraph: (doc, pick) => {
    const fragment = doc.getXmlFragment(CONTENT_FRAGMENT);
    fragment.insert(pick(fragment.length + 1), [paragraph('Plain words.')]);
  },
  removeBlock: (doc, pick) => {
    const fragment = doc.getXmlFragment(CONTENT_FRAGMENT);
    fragment.delete(pick(fragment.length), 1);
  },
  moveBlock: (doc, pick) => {
    const fragment = doc.getXmlFragment(CONTENT_FRAGMENT);
    const from = pick(fragment.length);
    const words = textsOf(fragment.get(from) as Y.XmlElement)
      .map((text) => text.toString())
      .join('');
    fragment.delete(from, 1);
    fragment.insert(pick(fragment.length + 1), [paragraph(words)]);
  },
  splitParagraph: (doc, pick) => {
    const fragment = doc.getXmlFragment(CONTENT_FRAGMENT);
    const index = pick(fragment.length);
    const block = fragment.get(index);
    if (!(block instanceof Y.XmlElement) || block.nodeName !== 'paragraph') return;
    const text = block.get(0) as Y.XmlText;
    const plain = text.toString();
    if (plain.includes('<') || plain.length < 4) return;
    const at = 1 + pick(plain.length - 2);
    text.delete(at, plain.length - at);
    fragment.insert(index + 1, [paragraph(plain.slice(at))]);
  },
  touchFirstAndLast: (doc, pick) => {
    const texts = textsOf(doc.getXmlFragment(CONTENT_FRAGMENT));
    texts[0]!.insert(0, 'Now ', { insertion: mark(`f${pick(1e6)}`) });
    texts.at(-1)!.insert(0, pick(2) ? 'And ' : 'Then ', pick(2) ? {} : { insertion: mark('l') });
  },
  picture: (doc, pick) => {
    const fragment = doc.getXmlFragment(CONTENT_FRAGMENT);
    const block = fragment.get(pick(fragment.length));
    if (block instanceof Y.XmlElement) block.setAttribute('picture', 'openmoji:1F3E0');
  },
};

function pickText(doc: Y.Doc, pick: (below: number) => number): Y.XmlText {
  const texts = textsOf(doc.getXmlFragment(CONTENT_FRAGMENT));
  // Half the time near the end of the draft, the rest anywhere.
  const index = pick(2) ? texts.length - 1 - pick(Math.min(20, texts.length)) : pick(texts.length);
  return texts[index]!;
}

describe('the in-review rule on a long draft', () => {
  it('refuses plain words typed deep in a long draft, in a list, and in the first and last block', () => {
    const room = longDraft(1300);
    const guard = reviewRuleOf(room);
    const texts = textsOf(room.getXmlFragment(CONTENT_FRAGMENT));
    for (const index of [0, 700, texts.length - 1]) {
      const person = copyOf(room);
      const theirs = textsOf(person.getXmlFragment(CONTENT_FRAGMENT))[index]!;
      expect(guard.admits(updateOf(person, () => theirs.insert(3, 'x')))).toBe(false);
      const suggested = updateOf(person, () => theirs.insert(3, 'y', { insertion: mark('s') }));
      expect(guard.admits(suggested)).toBe(false); // it follows the refused change
    }
    const inList = textsOf(room.getXmlFragment(CONTENT_FRAGMENT)).findIndex((text) =>
      text.toString().startsWith('Point 705 two'),
    );
    const person = copyOf(room);
    const theirs = textsOf(person.getXmlFragment(CONTENT_FRAGMENT))[inList]!;
    expect(guard.admits(updateOf(person, () => theirs.delete(0, 5)))).toBe(false);
    expect(guard.admits(updateOf(person, () => theirs.format(0, 5, { deletion: mark('d') }))));
  });

  it('judges every kind of change anywhere in the draft as the whole-document comparison did', () => {
    const pick = randomFrom(15);
    const room = longDraft(300);
    const guard = reviewRuleOf(room);
    const judge = new WholeDocumentJudge(copyOf(room));
    const names = Object.keys(changes);
    const verdicts = new Map<string, Set<boolean>>();
    for (let step = 0; step < 300; step++) {
      const name = names[pick(names.length)]!;
      const person = copyOf(judge.shadow);
      const update = updateOf(person, () => changes[name]!(person, pick));
      const expected = judge.admits(update);
      expect({ step, name, admitted: guard.admits(update) }).toEqual({
        step,
        name,
        admitted: expected,
      });
      verdicts.set(name, (verdicts.get(name) ?? new Set()).add(expected));
      if (expected && pick(4) === 0) {
        // Now and then the room takes it, and the server accepts someone's suggestion.
        Y.applyUpdate(room, update);
        guard.took(update);
        const accept = updateOf(person, () => changes.acceptBySelf!(person, pick));
        Y.applyUpdate(room, accept);
        Y.applyUpdate(judge.shadow, accept);
        guard.took(accept);
      }
    }
    expect(verdicts.get('suggestWords')).toEqual(new Set([true]));
    expect(verdicts.get('typePlainWords')?.has(false)).toBe(true);
    expect(verdicts.get('splitParagraph')?.has(true)).toBe(true);
    expect(verdicts.get('touchFirstAndLast')).toEqual(new Set([true, false]));
  });
});
