// Flattens content nested deeper than MAX_NESTING_DEPTH (shared/editor/nesting.ts), keeping its
// words, and reads a node's words without recursion. A document stored before the schema guard
// knew the limit may hold a quote nested thousands deep: every recursive reader (y-tiptap,
// ProseMirror, export) throws on it, and so does Yjs itself when it deletes or garbage-collects
// such a tower in one go (Item.delete and Item.gc recurse through the children). So the tower
// is taken away from the bottom up, a bounded number of levels per transaction: each
// transaction's deletions and garbage collection then recurse at most that deep, and a change
// made here, sent one transaction per update (repairUpdates), is as safe for whoever applies it.
import type { NodeType } from '@tiptap/pm/model';
import * as Y from 'yjs';
import { MAX_NESTING_DEPTH } from '@roundtable/shared/editor/nesting';
import type { ContentRules } from './content-rules.ts';

/** The depth at which a too-deep tower is cut: room left for a list item and its paragraph. */
const CUT_DEPTH = MAX_NESTING_DEPTH - 2;
/** How many levels one transaction takes away (Yjs recurses twice per level when collecting). */
const LEVELS_PER_TRANSACTION = 256;

type AnyType = Y.AbstractType<unknown>;

/** The live child types of a type, in order. */
function* childTypes(type: AnyType): Generator<AnyType> {
  for (let item = type._start; item; item = item.right) {
    if (!item.deleted && item.content instanceof Y.ContentType) yield item.content.type;
  }
}

/** The words in a node, blocks joined by spaces (no recursion, so any depth reads). */
export function plainTextOf(node: unknown): string {
  if (!(node instanceof Y.AbstractType)) return '';
  const pieces: string[] = [];
  const stack: AnyType[] = [node as AnyType];
  for (let type = stack.pop(); type; type = stack.pop()) {
    if (type instanceof Y.XmlText) {
      for (const op of type.toDelta() as { insert: unknown }[]) {
        if (typeof op.insert === 'string') pieces.push(op.insert);
      }
      pieces.push(' ');
    } else if (type instanceof Y.XmlFragment) {
      stack.push(...[...childTypes(type as AnyType)].reverse());
    }
  }
  return pieces.join('').replace(/\s+/g, ' ').trim();
}

/** The elements at CUT_DEPTH that hold something deeper than MAX_NESTING_DEPTH. */
function towersIn(fragment: Y.XmlFragment): Y.XmlElement[] {
  const towers = new Set<Y.XmlElement>();
  const stack: { type: AnyType; depth: number; cut: Y.XmlElement | null }[] = [
    { type: fragment as AnyType, depth: 0, cut: null },
  ];
  for (let at = stack.pop(); at; at = stack.pop()) {
    for (const child of childTypes(at.type)) {
      if (!(child instanceof Y.XmlElement)) continue;
      const depth = at.depth + 1;
      const cut = depth === CUT_DEPTH ? child : at.cut;
      if (cut && towers.has(cut)) break;
      if (depth > MAX_NESTING_DEPTH && cut) {
        towers.add(cut);
        break;
      }
      stack.push({ type: child as AnyType, depth, cut });
    }
  }
  return [...towers];
}

/** Deletes everything inside `top`, deepest first, a bounded number of levels per transaction. */
function emptyFromTheBottom(top: Y.XmlElement): void {
  const doc = top.doc as Y.Doc;
  const levels: Y.Item[][] = [];
  let level: AnyType[] = [top as AnyType];
  while (level.length > 0) {
    const items: Y.Item[] = [];
    const next: AnyType[] = [];
    for (const type of level) {
      for (let item = type._start; item; item = item.right) {
        if (item.deleted) continue;
        items.push(item);
        if (item.content instanceof Y.ContentType) next.push(item.content.type);
      }
    }
    if (items.length > 0) levels.push(items);
    level = next;
  }
  while (levels.length > 0) {
    const batch = levels.splice(Math.max(0, levels.length - LEVELS_PER_TRANSACTION));
    Y.transact(doc, (transaction) => {
      for (let index = batch.length - 1; index >= 0; index--) {
        for (const item of batch[index] as Y.Item[]) item.delete(transaction);
      }
    });
  }
}

/** A paragraph of these words, wrapped as an element of this kind needs (a list item in a list). */
function wordsFor(element: Y.XmlElement, words: string, rules: ContentRules): Y.XmlElement[] {
  if (words === '') return [];
  const text = new Y.XmlText();
  text.insert(0, words);
  let inner = new Y.XmlElement(rules.textBlockType.name);
  inner.insert(0, [text]);
  const type = rules.elementType(element.nodeName);
  const wrappers: readonly NodeType[] = type?.contentMatch.findWrapping(rules.textBlockType) ?? [];
  for (const wrapper of [...wrappers].reverse()) {
    const outer = new Y.XmlElement(wrapper.name);
    outer.insert(0, [inner]);
    inner = outer;
  }
  return [inner];
}

/**
 * Cuts every tower deeper than MAX_NESTING_DEPTH at CUT_DEPTH, leaving its words in a paragraph
 * there (or as text, where the cut element takes text). True if it changed anything.
 */
export function flattenTooDeep(fragment: Y.XmlFragment, rules: ContentRules): boolean {
  const towers = towersIn(fragment);
  for (const tower of towers) {
    const words = plainTextOf(tower);
    emptyFromTheBottom(tower);
    const type = rules.elementType(tower.nodeName);
    Y.transact(tower.doc as Y.Doc, () => {
      if (type && rules.accepts(type, rules.textType)) {
        if (words !== '') {
          const text = new Y.XmlText();
          text.insert(0, words);
          tower.insert(0, [text]);
        }
      } else {
        tower.insert(0, wordsFor(tower, words, rules));
      }
    });
  }
  return towers.length > 0;
}
