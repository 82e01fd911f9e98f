// The storage port for a workspace's hard words. A word is kept once per workspace whatever its
// case or spacing, and a workspace keeps at most the number of words it is given; both are
// checked in the same transaction as the write, so two people adding at once cannot pass them.

export interface HardWordRecord {
  id: string;
  workspaceId: string;
  word: string;
  explanation: string;
  /** Who added it; null once their account was erased. */
  addedBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Why a word was not stored: the workspace has it already, or has as many words as it may. */
export type HardWordRefusal = 'duplicate' | 'full';

export interface HardWordStore {
  /** A workspace's words, in alphabetical order (case set aside). */
  listHardWords(workspaceId: string): Promise<HardWordRecord[]>;
  getHardWord(id: string): Promise<HardWordRecord | undefined>;
  /** Stores a new word unless its workspace has it already or has `limit` words. */
  addHardWord(record: HardWordRecord, limit: number): Promise<'added' | HardWordRefusal>;
  /**
   * Changes a word or its explanation. Undefined when there is no such word; 'duplicate' when
   * the new word is another word of the same workspace.
   */
  changeHardWord(
    id: string,
    change: { word?: string | undefined; explanation?: string | undefined; updatedAt: string },
  ): Promise<HardWordRecord | 'duplicate' | undefined>;
  /** False when there was no such word. */
  removeHardWord(id: string): Promise<boolean>;
}
