// Makes a document's content fit the editor's schema (content-rules.ts) while keeping its
// words, because y-tiptap deletes a node it cannot place, words and all, and some content makes
// it throw. A document stored before the /collab schema guard existed may hold such content.
// Unknown or misplaced nodes become plain text where text belongs, or a paragraph where blocks
// belong (wrapped as its parent needs: a list item in a list); a block in the wrong place is
// wrapped to fit or gives up its content to its parent; strings, embeds and other values among
// the nodes go, as do unknown formatting and attributes; a gap ProseMirror would fill (an empty
// list, a list item without its first paragraph) is filled. Used on private copies (export,
// deciding a suggestion, restoring a version) and, as a stored change, when a room loads.
import { Fragment, type Node as ProseMirrorNode, type NodeType } from '@tiptap/pm/model';
import * as Y from 'yjs';
import { newServerDoc } from './server-doc.ts';
import { CONTENT_FRAGMENT } from '@roundtable/shared/protocol/collab';
import { flattenTooDeep, plainTextOf } from './content-flatten.ts';
import type { ContentRules } from './content-rules.ts';

export { plainTextOf } from './content-flatten.ts';

type YContent = Y.XmlElement | Y.XmlText;

/** Repairs the content in place, in a transaction of its document; true if it changed any. */
export function repairContent(fragment: Y.XmlFragment, rules: ContentRules): boolean {
  const doc = fragment.doc;
  if (!doc) throw new Error('the fragment is not in a document');
  // First, in transactions of their own, towers too deep for Yjs to take away in one.
  const flattened = flattenTooDeep(fragment, rules);
  let changed = false;
  Y.transact(doc, (transaction) => {
    // The document itself has no attributes.
    for (const item of fragment._map.values()) if (!item.deleted) item.delete(transaction);
    repairChildren(fragment, rules.schema.topNodeType, rules, transaction);
    doc.once('afterTransaction', (ended: Y.Transaction) => {
      const grew = [...ended.afterState].some(
        ([client, clock]) => clock !== (ended.beforeState.get(client) ?? 0),
      );
      changed = grew || ended.deleteSet.clients.size > 0;
    });
  });
  return changed || flattened;
}

/**
 * Makes every child fit where it is. A replacement is looked at again, so what it holds is made
 * to fit too; replacements are smaller or already fit, so this ends. Walks the children as Yjs
 * links them: an XmlFragment has no index, so `get(index)` in a loop would cost the square.
 */
function repairChildren(
  parent: Y.XmlFragment,
  parentType: NodeType,
  rules: ContentRules,
  transaction: Y.Transaction,
): void {
  let item = parent._start;
  while (item !== null) {
    if (item.deleted || !item.countable) {
      item = item.right;
      continue;
    }
    const child: unknown = item.content instanceof Y.ContentType ? item.content.type : null;
    const replacement = replacementOf(child, parentType, rules);
    if (replacement) {
      item.delete(transaction);
      if (replacement.length > 0) parent.insertAfter(item, replacement);
      item = item.right; // the replacement, looked at again
      continue;
    }
    if (child instanceof Y.XmlElement) {
      const type = rules.elementType(child.nodeName) as NodeType;
      for (const [key, value] of Object.entries(child.getAttributes())) {
        if (rules.attributeProblem(type, key, value)) child.removeAttribute(key);
      }
      if (type.isLeaf) child.delete(0, child.length);
      else repairChildren(child, type, rules, transaction);
    } else if (child instanceof Y.XmlText) {
      repairText(child, parentType, rules, transaction);
    }
    item = item.right;
  }
  fillGaps(parent, parentType, rules, transaction);
}

/** What to put in place of a child that does not fit its parent, or null if it fits. */
function replacementOf(
  child: unknown,
  parentType: NodeType,
  rules: ContentRules,
): YContent[] | null {
  if (child instanceof Y.XmlText) {
    return rules.accepts(parentType, rules.textType)
      ? null
      : asBlocks(plainTextOf(child), parentType, rules);
  }
  if (!(child instanceof Y.XmlElement)) return [];
  const type = rules.elementType(child.nodeName);
  if (type && rules.accepts(parentType, type)) return null;
  if (rules.accepts(parentType, rules.textType)) {
    return type?.isLeaf ? [] : asText(plainTextOf(child));
  }
  if (!type || type.isInline) return asBlocks(plainTextOf(child), parentType, rules);
  const wrapped = wrapToFit(child.clone(), type, parentType);
  if (wrapped) return [wrapped];
  // A known block in the wrong place (a list item outside a list) gives up its content.
  return child
    .toArray()
    .flatMap((part) =>
      part instanceof Y.XmlElement || part instanceof Y.XmlText ? [part.clone()] : [],
    );
}

/** The element inside the wrappers its parent needs around it (a list item in a list). */
function wrapToFit(element: Y.XmlElement, type: NodeType, parentType: NodeType): YContent | null {
  const wrappers = parentType.contentMatch.findWrapping(type);
  if (!wrappers) return null;
  let inner: Y.XmlElement = element;
  for (const wrapper of [...wrappers].reverse()) {
    const outer = new Y.XmlElement(wrapper.name);
    outer.insert(0, [inner]);
    inner = outer;
  }
  return inner;
}

/** Plain text where a block belongs: a paragraph, wrapped as the parent needs. */
function asBlocks(text: string, parentType: NodeType, rules: ContentRules): YContent[] {
  if (text.trim() === '') return [];
  const block = new Y.XmlElement(rules.textBlockType.name);
  block.insert(0, asText(text));
  const wrapped = wrapToFit(block, rules.textBlockType, parentType);
  return wrapped ? [wrapped] : [];
}

function asText(text: string): Y.XmlText[] {
  if (text === '') return [];
  const node = new Y.XmlText();
  node.insert(0, text);
  return [node];
}

/**
 * Text holds only words and known formatting: embeds, values and attributes go, and so does
 * each formatting mark that is unknown here or has attributes of the wrong kind.
 */
function repairText(
  text: Y.XmlText,
  parentType: NodeType,
  rules: ContentRules,
  transaction: Y.Transaction,
): void {
  for (const item of text._map.values()) if (!item.deleted) item.delete(transaction);
  for (let item = text._start; item; item = item.right) {
    if (item.deleted) continue;
    const { content } = item;
    const fits =
      content instanceof Y.ContentString ||
      (content instanceof Y.ContentFormat &&
        rules.formatProblem(parentType, content.key, content.value) === null);
    if (!fits) item.delete(transaction);
  }
}

/** Inserts what ProseMirror would fill in: a missing first paragraph, a list's only item. */
function fillGaps(
  parent: Y.XmlFragment,
  parentType: NodeType,
  rules: ContentRules,
  transaction: Y.Transaction,
): void {
  const { schema } = rules;
  let match = parentType.contentMatch;
  let last: Y.Item | null = null;
  for (let item = parent._start; item !== null; item = item.right) {
    if (item.deleted || !item.countable) continue;
    const child = (item.content as Y.ContentType).type as YContent;
    const node =
      child instanceof Y.XmlText
        ? schema.text(' ')
        : (rules.elementType(child.nodeName) as NodeType).createAndFill();
    const fill = node ? match.fillBefore(Fragment.from(node)) : null;
    const next = fill && node ? match.matchFragment(fill)?.matchType(node.type) : null;
    if (!fill || !next) {
      item.delete(transaction); // cannot stand here even with fills (an order that matters)
      continue;
    }
    if (fill.childCount > 0) parent.insertAfter(item.left, fill.content.map(toElement));
    last = item;
    match = next;
  }
  const end = match.fillBefore(Fragment.empty, true);
  if (end && end.childCount > 0) parent.insertAfter(last, end.content.map(toElement));
}

/** A node ProseMirror made up to fill a gap (elements only), as y-tiptap would store it. */
function toElement(node: ProseMirrorNode): Y.XmlElement {
  const element = new Y.XmlElement(node.type.name);
  for (const [key, value] of Object.entries(node.attrs)) {
    if (value !== null) element.setAttribute(key, value as string);
  }
  element.insert(0, node.content.content.map(toElement));
  return element;
}

/**
 * The changes that repair a document, one per transaction, to be applied one by one (so a deep
 * tower is taken away a bounded number of levels at a time, see content-flatten.ts); none when
 * it fits already. Made under a client id picked from the document's state, so two processes
 * repairing the same stored state make the same change (Yjs takes it once) rather than two
 * copies of each repaired paragraph.
 */
export function repairUpdates(doc: Y.Doc, rules: ContentRules): Uint8Array[] {
  const before = Y.encodeStateVector(doc);
  const copy = newServerDoc();
  const updates: Uint8Array[] = [];
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    copy.clientID = clientIdFor(before, copy);
    copy.on('update', (update: Uint8Array) => updates.push(update));
    const changed = repairContent(copy.getXmlFragment(CONTENT_FRAGMENT), rules);
    return changed ? updates : [];
  } finally {
    copy.destroy();
  }
}

/** A stored state (a version, say) made to fit; the same bytes when it fits already. */
export function repairedState(state: Uint8Array, rules: ContentRules): Uint8Array {
  const doc = newServerDoc();
  try {
    Y.applyUpdate(doc, state);
    const updates = repairUpdates(doc, rules);
    if (updates.length === 0) return state;
    for (const update of updates) Y.applyUpdate(doc, update);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/** A client id from the state vector (FNV-1a), one the document does not use yet. */
function clientIdFor(stateVector: Uint8Array, doc: Y.Doc): number {
  let hash = 0x811c9dc5;
  for (const byte of stateVector) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  while (doc.store.clients.has(hash)) hash = (hash + 1) >>> 0;
  return hash;
}
