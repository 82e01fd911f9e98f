// Where work on a whole document runs (export/document-work.ts): in place for a small
// document, in an export worker thread for a large one, so that reading, or making the Easy
// Read version of, a draft of thousands of sections never stops the server answering. A
// thread's limits (too large, too slow, every thread busy) are told in plain words.
import type { Page, TextBlock } from '@roundtable/shared/domain/easy-read/sections';
import type { ContentRules } from '../documents/content-rules.ts';
import {
  inPlaceDocumentWork,
  type DocumentWork,
  type EasyReadPlan,
  packUpdates,
} from '../export/document-work.ts';
import { ExportLimitError, type ExportPool } from '../export/export-pool.ts';
import type { MergedSnapshot } from '../storage/ports.ts';
import { ServiceError } from './errors.ts';

/** A state up to this size is worked on in place: milliseconds, less than a thread costs. */
const IN_PLACE_BYTES = 128 * 1024;

function limitError(error: unknown): unknown {
  if (!(error instanceof ExportLimitError)) return error;
  switch (error.limit) {
    case 'too-large':
      return new ServiceError('payload_too_large', 'This document is too large to read here.');
    case 'too-slow':
      return new ServiceError(
        'unavailable',
        'Reading this document took too long. Try again later.',
      );
    case 'busy':
      return new ServiceError('unavailable', 'The server is busy. Please try again in a minute.');
  }
}

export function pooledDocumentWork(pool: ExportPool, rules: ContentRules): DocumentWork {
  const inPlace = inPlaceDocumentWork(rules);
  const inThread = async <Result>(name: string, task: object, bytes: number): Promise<Result> => {
    try {
      return await pool.documentWork<Result>(name, task, bytes);
    } catch (error) {
      throw limitError(error);
    }
  };
  const small = (bytes: number) => bytes <= IN_PLACE_BYTES;
  const bytesOf = (updates: readonly Uint8Array[]) =>
    updates.reduce((sum, update) => sum + update.byteLength, 0);
  return {
    repairState: (task) => {
      const bytes = bytesOf(task.updates);
      return small(bytes)
        ? inPlace.repairState(task)
        : inThread<Uint8Array>('repairDocumentState', task, bytes);
    },
    planEasyRead: (task) =>
      small(task.state.byteLength)
        ? inPlace.planEasyRead(task)
        : inThread<EasyReadPlan>('planEasyRead', task, task.state.byteLength),
    pagesOf: (task) =>
      small(task.state.byteLength)
        ? inPlace.pagesOf(task)
        : inThread<Page[]>('pagesOfState', task, task.state.byteLength),
    blocksOf: (task) =>
      small(task.state.byteLength)
        ? inPlace.blocksOf(task)
        : inThread<TextBlock[]>('blocksOfStateTask', task, task.state.byteLength),
    mergeLog: async (task) => {
      const bytes = bytesOf(task.updates);
      if (small(bytes)) return inPlace.mergeLog(task);
      try {
        const packed = packUpdates(task.updates);
        return await pool.documentWork<MergedSnapshot>('mergePackedLog', packed, bytes);
      } catch (error) {
        // Every thread busy, or beyond a thread's memory: in place, as it always was.
        const limit = error instanceof ExportLimitError ? error.limit : null;
        if (limit === 'busy' || limit === 'too-large') return inPlace.mergeLog(task);
        throw error;
      }
    },
  };
}
