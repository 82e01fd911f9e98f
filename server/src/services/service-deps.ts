// What the services are built from (create-services.ts): the stores, the live rooms' opener and
// what crosses processes. Kept apart so the builder stays one readable page.
import type { Logger } from 'pino';
import type { FanoutBus } from '../bus/ports.ts';
import type { Config } from '../config.ts';
import type { LimiterStore } from '../limits/limiter-store.ts';
import type { MergedSnapshot, Store, UpdateLog } from '../storage/ports.ts';
import type { LiveDocuments } from './live-documents.ts';
import type { Mailer } from './mailer.ts';

/** What the live rooms ask the services as they load a draft, and report to them. */
export interface LiveDocumentRules {
  lockOf: (documentId: string) => Promise<string | null>;
  suggestionsOnlyOf: (documentId: string) => Promise<string | null>;
  onQuiet: (documentId: string) => Promise<unknown>;
  /** Compaction's merge of a snapshot and its log, checked (a long draft's in a thread). */
  mergeLog: (updates: Uint8Array[]) => Promise<MergedSnapshot>;
}

export interface ServiceDeps<Live extends LiveDocuments> {
  config: Config;
  store: Store;
  /** The store's update log, checked as it loads (a bad update is quarantined). */
  updates: UpdateLog;
  /** Opens the live rooms, which follow these rules; the services write through them. */
  openLiveDocuments: (rules: LiveDocumentRules) => Live;
  /** Carries access changes to the other server processes. */
  bus: FanoutBus;
  logger: Logger;
  now: () => Date;
  mailer: Mailer | undefined;
  limiterStore: LimiterStore;
}
