// Who wrote which characters of a document, read from the Yjs content itself: every inserted
// character is an item stamped with the client id that made it, so authorship needs no extra
// bookkeeping in the document and survives compaction. The server separately records which
// person each client id belongs to.
import * as Y from 'yjs';

/** A stretch of text made by one client id, in ProseMirror document positions. */
export interface AuthorRun {
  from: number;
  to: number;
  clientId: number;
}

/** The characters each client id wrote in one top-level block (a paragraph, heading, list). */
export interface BlockAuthorship {
  /** The block's node name, e.g. `paragraph` or `heading`. */
  nodeName: string;
  charactersByClient: Map<number, number>;
  /** The block's opening words, to say which block is meant. */
  preview: string;
}

const PREVIEW_LENGTH = 40;

/** Answers whether a node name is a leaf (a hard break): it takes one position, not two. */
export type IsLeaf = (nodeName: string) => boolean;

/**
 * Every visible character's author as runs, in the positions the editor uses for the same
 * content (the sync binding keeps the two trees alike: element for node, text for text).
 */
export function authorRuns(fragment: Y.XmlFragment, isLeaf: IsLeaf): AuthorRun[] {
  const runs: AuthorRun[] = [];
  let position = 0;
  const visit = (child: Y.XmlElement | Y.XmlText | Y.XmlHook): void => {
    if (child instanceof Y.XmlText) {
      for (let item = child._start; item !== null; item = item.right) {
        if (item.deleted || !item.countable) continue;
        const last = runs.at(-1);
        if (last && last.to === position && last.clientId === item.id.client) {
          last.to += item.length;
        } else {
          runs.push({ from: position, to: position + item.length, clientId: item.id.client });
        }
        position += item.length;
      }
      return;
    }
    if (child instanceof Y.XmlElement) {
      if (isLeaf(child.nodeName)) {
        position += 1;
        return;
      }
      position += 1;
      for (const grandchild of child.toArray()) visit(grandchild);
      position += 1;
    }
  };
  for (const child of fragment.toArray()) visit(child);
  return runs;
}

/** How many characters each client id wrote in each top-level block, in document order. */
export function blockAuthorship(fragment: Y.XmlFragment): BlockAuthorship[] {
  return fragment.toArray().flatMap((block) => {
    if (!(block instanceof Y.XmlElement)) return [];
    const charactersByClient = new Map<number, number>();
    const words: string[] = [];
    countText(block, charactersByClient, words);
    const text = words.join('').replace(/\s+/g, ' ').trim();
    return [{ nodeName: block.nodeName, charactersByClient, preview: openingWords(text) }];
  });
}

/** How many characters each client id wrote in the whole document. */
export function charactersByClient(fragment: Y.XmlFragment): Map<number, number> {
  const counts = new Map<number, number>();
  for (const block of blockAuthorship(fragment)) {
    for (const [clientId, count] of block.charactersByClient) {
      counts.set(clientId, (counts.get(clientId) ?? 0) + count);
    }
  }
  return counts;
}

function openingWords(text: string): string {
  if (text.length <= PREVIEW_LENGTH) return text;
  const cut = text.slice(0, PREVIEW_LENGTH + 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut.slice(0, PREVIEW_LENGTH)).trimEnd()}…`;
}

function countText(
  node: Y.XmlElement | Y.XmlText | Y.XmlHook,
  counts: Map<number, number>,
  words: string[],
): void {
  if (node instanceof Y.XmlText) {
    for (let item = node._start; item !== null; item = item.right) {
      if (item.deleted || !item.countable) continue;
      counts.set(item.id.client, (counts.get(item.id.client) ?? 0) + item.length);
      if (item.content instanceof Y.ContentString) words.push(item.content.str);
    }
  } else if (node instanceof Y.XmlElement) {
    for (const child of node.toArray()) {
      countText(child, counts, words);
      // Between paragraphs of a list item, and at a line break: a space, not words run together.
      if (child instanceof Y.XmlElement) words.push(' ');
    }
  }
}
