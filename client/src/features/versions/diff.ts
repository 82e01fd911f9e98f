// Compares two drafts block by block, then word by word inside a block that changed, and says
// what changed in plain words. Pure, so it is tested without a browser.
import type { TextBlock } from './content.ts';

export interface WordPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export type BlockChange =
  | { kind: 'same'; block: TextBlock }
  | { kind: 'added'; block: TextBlock }
  | { kind: 'removed'; block: TextBlock }
  | { kind: 'edited'; block: TextBlock; parts: WordPart[] };

export interface Comparison {
  changes: BlockChange[];
  added: number;
  removed: number;
  edited: number;
}

/** Beyond this many cells the longest-common-subsequence table is too big: replace wholesale. */
const MAX_CELLS = 4_000_000;

type Step<T> = { kind: 'same'; a: T; b: T } | { kind: 'removed'; a: T } | { kind: 'added'; b: T };

function lcsSteps<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): Step<T>[] {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_CELLS) {
    return [
      ...a.map((x): Step<T> => ({ kind: 'removed', a: x })),
      ...b.map((y): Step<T> => ({ kind: 'added', b: y })),
    ];
  }
  // lengths[i][j]: the longest common run of a[i..] and b[j..].
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lengths[i * width + j] = same(a[i] as T, b[j] as T)
        ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
        : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  const steps: Step<T>[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const x = a[i] as T;
    const y = b[j] as T;
    if (same(x, y)) {
      steps.push({ kind: 'same', a: x, b: y });
      i += 1;
      j += 1;
    } else if ((lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0)) {
      steps.push({ kind: 'removed', a: x });
      i += 1;
    } else {
      steps.push({ kind: 'added', b: y });
      j += 1;
    }
  }
  for (; i < n; i += 1) steps.push({ kind: 'removed', a: a[i] as T });
  for (; j < m; j += 1) steps.push({ kind: 'added', b: b[j] as T });
  return steps;
}

/** Words and the spaces between them, so joining the parts gives back the text. */
function tokens(text: string): string[] {
  return text.split(/(\s+)/).filter((token) => token !== '');
}

export function compareWords(before: string, after: string): WordPart[] {
  const parts: WordPart[] = [];
  for (const step of lcsSteps(tokens(before), tokens(after), (x, y) => x === y)) {
    const kind = step.kind;
    const text = step.kind === 'removed' ? step.a : step.b;
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  }
  // A space between two changes reads better inside them than as an unchanged island.
  return parts;
}

function sameBlock(x: TextBlock, y: TextBlock): boolean {
  return x.kind === y.kind && x.text === y.text;
}

export function compareBlocks(before: TextBlock[], after: TextBlock[]): Comparison {
  const changes: BlockChange[] = [];
  let removedRun: TextBlock[] = [];
  let addedRun: TextBlock[] = [];
  const flush = () => {
    // Within one gap, pair removed and added blocks in order: a pair is an edited block.
    const pairs = Math.min(removedRun.length, addedRun.length);
    for (let k = 0; k < pairs; k += 1) {
      const was = removedRun[k] as TextBlock;
      const now = addedRun[k] as TextBlock;
      changes.push({ kind: 'edited', block: now, parts: compareWords(was.text, now.text) });
    }
    for (const block of removedRun.slice(pairs)) changes.push({ kind: 'removed', block });
    for (const block of addedRun.slice(pairs)) changes.push({ kind: 'added', block });
    removedRun = [];
    addedRun = [];
  };
  for (const step of lcsSteps(before, after, sameBlock)) {
    if (step.kind === 'removed') removedRun.push(step.a);
    else if (step.kind === 'added') addedRun.push(step.b);
    else {
      flush();
      changes.push({ kind: 'same', block: step.b });
    }
  }
  flush();
  const count = (kind: BlockChange['kind']) => changes.filter((c) => c.kind === kind).length;
  return { changes, added: count('added'), removed: count('removed'), edited: count('edited') };
}

function paragraphs(count: number): string {
  return count === 1 ? '1 paragraph' : `${count} paragraphs`;
}

/** "3 paragraphs changed: 1 changed in places, 2 added" — or that nothing changed. */
export function summarize({ added, removed, edited }: Comparison): string {
  const total = added + removed + edited;
  if (total === 0) return 'Nothing changed: the words are the same.';
  const parts = [
    edited > 0 ? `${edited} reworded` : null,
    added > 0 ? `${added} added` : null,
    removed > 0 ? `${removed} removed` : null,
  ].filter((part): part is string => part !== null);
  return `${paragraphs(total)} changed: ${parts.join(', ')}.`;
}
