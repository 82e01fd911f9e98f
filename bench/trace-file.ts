// Reads an editing trace in the format of josephg/editing-traces (see ../shared/traces/README.md):
// `{ startContent, endContent, txns: [{ time, patches: [[pos, deleted, inserted]] }] }`, gzipped.

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export type Patch = readonly [pos: number, deleted: number, inserted: string];

export interface EditingTrace {
  startContent: string;
  endContent: string;
  patches: Patch[];
}

function isPatch(value: unknown): value is Patch {
  return (
    Array.isArray(value) &&
    value.length === 3 &&
    typeof value[0] === 'number' &&
    typeof value[1] === 'number' &&
    typeof value[2] === 'string'
  );
}

export function loadTrace(file: string): EditingTrace {
  const parsed: unknown = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8'));
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`${file}: not an object`);
  const { startContent, endContent, txns } = parsed as Record<string, unknown>;
  if (typeof startContent !== 'string' || typeof endContent !== 'string' || !Array.isArray(txns)) {
    throw new Error(`${file}: expected startContent, endContent and txns`);
  }
  const patches: Patch[] = [];
  for (const txn of txns as unknown[]) {
    const list = (txn as { patches?: unknown }).patches;
    if (!Array.isArray(list)) throw new Error(`${file}: a txn without patches`);
    for (const patch of list as unknown[]) {
      if (!isPatch(patch)) throw new Error(`${file}: malformed patch ${JSON.stringify(patch)}`);
      patches.push(patch);
    }
  }
  return { startContent, endContent, patches };
}

/** The text after the first `edits` patches; endContent when all are applied. */
export function textAfter(trace: EditingTrace, edits: number): string {
  if (edits >= trace.patches.length) return trace.endContent;
  // Splicing a JS string copies it each time: fine for the shortened runs this branch serves.
  let text = trace.startContent;
  for (const [pos, deleted, inserted] of trace.patches.slice(0, edits)) {
    text = text.slice(0, pos) + inserted + text.slice(pos + deleted);
  }
  return text;
}
