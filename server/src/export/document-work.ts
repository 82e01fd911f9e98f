// Work on a whole document that grows with its size: reading the draft repaired, planning its
// Easy Read version, reading an Easy Read version's pages. Pure functions of the stored state,
// so the server runs them in the export worker threads (render-worker.mjs) for a large
// document, and the event loop keeps answering (edits, /healthz) meanwhile; a small document
// is read in place, where a thread would cost more than the work.
import {
  draftSections,
  pagesOf,
  type Page,
  type TextBlock,
} from '@roundtable/shared/domain/easy-read/sections';
import { companionState, labelSections } from '@roundtable/shared/editor/easy-read-yjs';
import { blocksOfDocument, blocksOfState } from '@roundtable/shared/editor/section-blocks';
import { repairedState } from '../documents/content-repair.ts';
import { ContentRules } from '../documents/content-rules.ts';
import { SchemaGuard } from '../documents/schema-guard.ts';
import {
  docFromUpdates,
  mergeIntoCheckedSnapshot,
  mergeIntoSnapshot,
} from '../documents/snapshot.ts';
import { createDocumentSchema } from './document-model.ts';
import type { MergedSnapshot } from '../storage/ports.ts';
import { editorSchemaGuard } from './editor-schema-guard.ts';

export interface RepairTask {
  /** The document's stored updates (checked to apply), merged here. */
  updates: Uint8Array[];
}

export interface EasyReadPlanTask {
  /** The draft's current state. */
  state: Uint8Array;
  /** The draft's title: the name of what comes before its first heading. */
  title: string;
  /** When the sections count as checked (ISO 8601). */
  at: string;
}

export interface EasyReadPlan {
  /** The change giving the draft's headings the section ids they lack, or null. */
  labels: Uint8Array | null;
  /** The Easy Read version's first content. */
  initialState: Uint8Array;
}

export interface PagesTask {
  state: Uint8Array;
  title: string;
}

export interface MergeLogTask {
  /** A document's snapshot and log, as stored, merged here into one snapshot. */
  updates: Uint8Array[];
}

let threadGuard: SchemaGuard | undefined;

/** Compaction's merge, checked: seconds for a long draft with a long log, so a thread's work. */
export function mergeLog(task: MergeLogTask, guard?: SchemaGuard): MergedSnapshot {
  const check = guard ?? (threadGuard ??= editorSchemaGuard());
  return mergeIntoCheckedSnapshot(task.updates, (doc) => check.checkAll(doc).problem === null);
}

/** Updates in one buffer, to cross into a thread: copying thousands of small ones took 50 to
 * 100 ms of the event loop. */
export interface PackedUpdates {
  bytes: Uint8Array;
  lengths: Uint32Array;
}

export function packUpdates(updates: readonly Uint8Array[]): PackedUpdates {
  const lengths = Uint32Array.from(updates, (update) => update.byteLength);
  const bytes = new Uint8Array(lengths.reduce((sum, length) => sum + length, 0));
  let offset = 0;
  for (const update of updates) {
    bytes.set(update, offset);
    offset += update.byteLength;
  }
  return { bytes, lengths };
}

export function unpackUpdates({ bytes, lengths }: PackedUpdates): Uint8Array[] {
  const updates: Uint8Array[] = [];
  let offset = 0;
  for (const length of lengths) {
    updates.push(bytes.subarray(offset, offset + length));
    offset += length;
  }
  return updates;
}

/** `mergeLog` in an export thread. */
export const mergePackedLog = (task: PackedUpdates): MergedSnapshot =>
  mergeLog({ updates: unpackUpdates(task) });

/** The draft made to fit the editor's schema (content-repair.ts). */
export function repairDocumentState(
  task: RepairTask,
  rules = new ContentRules(createDocumentSchema()),
): Uint8Array {
  return repairedState(mergeIntoSnapshot(task.updates), rules);
}

/** The section ids the draft needs, and its Easy Read version's first content. */
export function planEasyRead(task: EasyReadPlanTask): EasyReadPlan {
  const doc = docFromUpdates([task.state]);
  try {
    // Every section needs an id to be linked to: give the headings that have none theirs.
    const labels = labelSections(doc);
    const sections = draftSections(blocksOfDocument(doc), task.title);
    return { labels, initialState: companionState(sections, task.at) };
  } finally {
    doc.destroy();
  }
}

/** An Easy Read version's pages. */
export function pagesOfState(task: PagesTask): Page[] {
  return pagesOf(blocksOfState(task.state), task.title);
}

export interface BlocksTask {
  state: Uint8Array;
}

/** A version's blocks of text, in reading order (a consultation publishes them). */
export function blocksOfStateTask(task: BlocksTask): TextBlock[] {
  return blocksOfState(task.state);
}

/** The work above, done in place or in a worker thread (see services/document-work.ts). */
export interface DocumentWork {
  repairState(task: RepairTask): Promise<Uint8Array>;
  planEasyRead(task: EasyReadPlanTask): Promise<EasyReadPlan>;
  pagesOf(task: PagesTask): Promise<Page[]>;
  blocksOf(task: BlocksTask): Promise<TextBlock[]>;
  mergeLog(task: MergeLogTask): Promise<MergedSnapshot>;
}

/** All of it in place: for tests and small documents. */
export const inPlaceDocumentWork = (
  rules: ContentRules,
  guard = new SchemaGuard(rules),
): DocumentWork => ({
  repairState: async (task) => repairDocumentState(task, rules),
  mergeLog: async (task) => mergeLog(task, guard),
  planEasyRead: async (task) => planEasyRead(task),
  pagesOf: async (task) => pagesOfState(task),
  blocksOf: async (task) => blocksOfStateTask(task),
});
