// Real Yjs updates and broken copies of them, for the /collab fuzzer and the proof tests: an
// editing session shaped like Tiptap's (paragraphs and headings in the XmlFragment `default`,
// text, bold and italic marks, deletions), and seeded mutations of its updates (bit flips,
// inserted and deleted bytes, tampered varints).
import * as Y from 'yjs';

export type Random = () => number;

const pick = (random: Random, n: number): number => Math.floor(random() * n);

/** One edit, as a person in the editor would make it. */
export function editLikeTiptap(doc: Y.Doc, random: Random): void {
  const fragment = doc.getXmlFragment('default');
  const roll = random();
  if (roll < 0.2 || fragment.length === 0) {
    const block = new Y.XmlElement(random() < 0.8 ? 'paragraph' : 'heading');
    // A number, as Tiptap keeps it: the schema guard refuses a heading level of another kind.
    const level = 1 + pick(random, 3);
    if (block.nodeName === 'heading') block.setAttribute('level', level as unknown as string);
    block.insert(0, [new Y.XmlText(`words ${pick(random, 1000)}`)]);
    fragment.insert(pick(random, fragment.length + 1), [block]);
    return;
  }
  const block = fragment.get(pick(random, fragment.length));
  if (!(block instanceof Y.XmlElement)) return;
  const text = block.get(0);
  if (!(text instanceof Y.XmlText)) return;
  if (roll < 0.6) {
    text.insert(pick(random, text.length + 1), 'abc '.slice(0, 1 + pick(random, 4)));
  } else if (roll < 0.75 && text.length > 0) {
    const from = pick(random, text.length);
    text.format(from, 1 + pick(random, text.length - from), {
      [random() < 0.5 ? 'bold' : 'italic']: random() < 0.8 ? {} : null,
    });
  } else if (roll < 0.9 && text.length > 1) {
    const from = pick(random, text.length - 1);
    text.delete(from, 1 + pick(random, Math.min(5, text.length - from - 1)));
  } else if (fragment.length > 1) {
    fragment.delete(pick(random, fragment.length), 1);
  }
}

/** The updates of an editing session of `edits` edits, in the order they were made. */
export function editingSession(random: Random, edits: number, doc = new Y.Doc()): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const record = (update: Uint8Array): void => {
    updates.push(update);
  };
  doc.on('update', record);
  for (let i = 0; i < edits; i++) editLikeTiptap(doc, random);
  doc.off('update', record);
  return updates;
}

function readVarUint(bytes: number[], at: number): { value: number; end: number } {
  let value = 0;
  let shift = 0;
  let end = at;
  while (end < bytes.length && shift < 35) {
    const byte = bytes[end] ?? 0;
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    end++;
    if (byte < 0x80) break;
  }
  return { value, end };
}

function writeVarUint(value: number): number[] {
  const out: number[] = [];
  let rest = Math.max(0, Math.floor(value));
  while (rest > 0x7f) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
  return out;
}

/** A broken copy of an update: one to three bit flips, byte insertions or deletions, varints. */
export function mutateUpdate(update: Uint8Array, random: Random): Uint8Array {
  const bytes = Array.from(update);
  const count = 1 + pick(random, 3);
  for (let i = 0; i < count; i++) {
    const at = pick(random, bytes.length + 1);
    switch (pick(random, 4)) {
      case 0:
        if (at < bytes.length) bytes[at] = (bytes[at] ?? 0) ^ (1 << pick(random, 8));
        break;
      case 1:
        bytes.splice(at, 0, pick(random, 256));
        break;
      case 2:
        bytes.splice(at, 1 + pick(random, 3));
        break;
      default: {
        const { value, end } = readVarUint(bytes, at);
        const choices = [
          0,
          value + 1,
          Math.max(0, value - 1),
          2 ** 31,
          2 ** 32 + 5,
          pick(random, 300),
        ];
        bytes.splice(at, end - at, ...writeVarUint(choices[pick(random, choices.length)] ?? 0));
      }
    }
  }
  return Uint8Array.from(bytes);
}

/** Whether Y.decodeUpdate accepts the bytes (what the codec checked before proofs existed). */
export function decodes(update: Uint8Array): boolean {
  try {
    Y.decodeUpdate(update);
    return true;
  } catch {
    return false;
  }
}
