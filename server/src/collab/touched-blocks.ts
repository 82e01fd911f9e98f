// Which top-level blocks of the content a Yjs transaction touched: every change is a new item or
// a deleted one, so the blocks are found by walking up from those items, at a cost that follows
// the change, not the document.
import * as Y from 'yjs';

/** Each touched block, and whether it was live (existed, not deleted) before the transaction. */
export type Touched = Map<Y.Item, { wasLive: boolean }>;

/** The top-level block of the fragment an item sits in; null outside the fragment's list. */
function blockOf(item: Y.Item, fragment: Y.XmlFragment): Y.Item | null {
  let current = item;
  for (;;) {
    const parent = current.parent;
    if (!(parent instanceof Y.AbstractType)) return null;
    if (parent === fragment) return current.parentSub === null ? current : null;
    if (!parent._item) return null;
    current = parent._item;
  }
}

function isNew(item: Y.Item, transaction: Y.Transaction): boolean {
  return item.id.clock >= (transaction.beforeState.get(item.id.client) ?? 0);
}

export function blocksTouchedBy(transaction: Y.Transaction, fragment: Y.XmlFragment): Touched {
  const touched: Touched = new Map();
  const note = (item: Y.Item): void => {
    const block = blockOf(item, fragment);
    if (!block || touched.has(block)) return;
    const wasLive =
      !isNew(block, transaction) &&
      (!block.deleted || Y.isDeleted(transaction.deleteSet, block.id));
    touched.set(block, { wasLive });
  };
  const { store } = transaction.doc;
  for (const [client, after] of transaction.afterState) {
    const before = transaction.beforeState.get(client) ?? 0;
    const structs = store.clients.get(client);
    if (after <= before || !structs) continue;
    for (let index = Y.findIndexSS(structs, before); index < structs.length; index++) {
      const struct = structs[index];
      if (!struct || struct.id.clock >= after) break;
      if (struct instanceof Y.Item) note(struct);
    }
  }
  Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => {
    if (struct instanceof Y.Item) note(struct);
  });
  return touched;
}

/**
 * The blocks from the first touched one to the last, in document order (deleted ones too).
 * Walks only that far: right from one touched block, then left if some were not found.
 */
export function stretchOf(touched: Touched): Y.Item[] {
  const [start] = touched.keys();
  if (!start) return [];
  let found = 1;
  const right: Y.Item[] = [];
  for (let item = start.right; item && found < touched.size; item = item.right) {
    right.push(item);
    if (touched.has(item)) found++;
  }
  while (right.length > 0 && !touched.has(right.at(-1)!)) right.pop();
  const left: Y.Item[] = [];
  for (let item = start.left; item && found < touched.size; item = item.left) {
    left.push(item);
    if (touched.has(item)) found++;
  }
  return [...left.reverse(), start, ...right];
}
