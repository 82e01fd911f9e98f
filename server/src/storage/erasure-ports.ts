// The storage port for erasing a person (a data-protection request): every row that names them
// is made to name their pseudonym ("Former member 3") instead, in one transaction; the
// erasure log remembers only a hash of their id. Document content (Yjs) is rewritten by the
// erasure service, which knows Yjs; the store only takes the new bytes and, afterwards, makes
// deleted bytes unreadable.
import type { BookingRecord } from './event-ports.ts';
import type { UserRecord } from './identity-ports.ts';

export interface ErasureOptions {
  /** Their suggestions still waiting for a decision were removed from the documents. */
  removePendingSuggestions: boolean;
  /** Workspaces whose setting said to delete an erased person's comments. */
  commentsDeletedIn: string[];
}

export interface ErasureRecord {
  /** The N of "Former member N": counts erasures across the installation. */
  number: number;
  /** SHA-256 of the erased person's id, so a replay finds them in a restored backup. */
  reference: string;
  pseudonymId: string;
  erasedAt: string;
  options: ErasureOptions;
}

/** Rewrites a JSON value that may name the person; returns the same value if nothing changed. */
export type RewriteJson = (value: unknown) => unknown;

export interface ReplacePerson {
  personId: string;
  /** The pseudonym's own person record, created first so every reference stays valid. */
  pseudonym: UserRecord;
  /** Strings that find rows which may name them in JSON: their id, name and email. */
  needles: string[];
  rewriteJson: RewriteJson;
  record: ErasureRecord;
}

export interface ErasureStore {
  /** Every erasure, oldest first. */
  listErasures(): Promise<ErasureRecord[]>;
  /** The number the next pseudonym takes. */
  nextNumber(): Promise<number>;
  /** The id of every person with a profile (a replay hashes them to find whom to erase). */
  listPersonIds(): Promise<string[]>;
  /**
   * In one transaction: creates the pseudonym, makes every row that names the person name it
   * instead (JSON through `rewriteJson`; meetings take a new version, so a live meeting reloads),
   * deletes their comments in `record.options.commentsDeletedIn`, drops quarantined updates
   * holding any needle, deletes the person (profile, memberships, sessions, tokens) and records
   * the erasure. Cancelling their coming bookings moves others up from waiting lists: those are
   * returned, to be told. Undefined, and nothing changed, when there is no such person.
   */
  replacePerson(input: ReplacePerson): Promise<{ movedUp: BookingRecord[] } | undefined>;
  /** Replaces a stored version's content (the same words, with the person's name taken out). */
  replaceVersionState(versionId: string, state: Uint8Array): Promise<void>;
  /** Makes deleted rows unreadable in the database files (SQLite: VACUUM and checkpoint). */
  reclaimSpace(): Promise<void>;
}
