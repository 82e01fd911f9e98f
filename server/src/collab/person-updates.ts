// What a person's update to a document goes through before it is stored: it must be decodable,
// written under an editor id of their own, prove to apply (update-prover.ts), keep to the draft's
// review, and fit the document's size limit. A change sent again adds nothing: it is only
// acknowledged, in turn, and what repeats stored changes is taken without them.
import { CloseCode } from '@roundtable/shared/protocol/collab';
import type { KeyedBuckets } from '../limits/keyed-buckets.ts';
import type { ClientOwners } from './client-owners.ts';
import { checkUpdate, type CheckedUpdate } from './codec.ts';
import type { CollabConnection } from './connection.ts';
import { SizeMeasuredRecently, type DocumentSize } from './document-size.ts';
import type { DraftRules } from './draft-rules.ts';
import type { PendingCommit } from './persist-queue.ts';
import { UpdateForbidden, UpdateWaits, type UpdateProver } from './update-prover.ts';

/** The parts of a room a person's update goes through. */
export interface WriteParts {
  room: PendingCommit['room'];
  prover: UpdateProver;
  rules: DraftRules;
  owners: ClientOwners;
  size: DocumentSize;
  /** Each person's budget for measuring documents near their size limit. */
  measuring: KeyedBuckets;
  persist: (pending: PendingCommit) => void;
}

/**
 * Takes an update from a connection, or refuses it: quietly (no write access, a locked draft, not
 * a suggestion in review), by closing its sender to resend (1013), or by throwing
 * MalformedMessage, UpdateForbidden or DocumentFull for the endpoint to close with.
 */
export function takePersonUpdate(
  parts: WriteParts,
  connection: CollabConnection,
  update: Uint8Array,
): void {
  const { prover, rules, owners, size } = parts;
  const checked = checkUpdate(update);
  if (!connection.mayWrite || rules.lockedReason !== null || checked.empty) return;
  const claim = owners.claimOf(connection, checked.clocks);
  // Nothing is stored: the words would be credited to the person who owns the id.
  if (claim === 'someone-else') {
    throw new UpdateForbidden(
      "Your change was refused: it was made under another person's editor id.",
    );
  }
  if (claim === 'not-yet-known') {
    connection.close(CloseCode.tryAgainLater, 'Checking who wrote what: resending');
    return;
  }
  let news: Uint8Array | null;
  try {
    // Throws UpdateRefused (4400) or UpdateForbidden (4403), closing the sender.
    const source = { kind: 'person', personId: connection.principal.userId } as const;
    news = prover.prove(update, source, checked.starts);
  } catch (error) {
    if (!(error instanceof UpdateWaits)) throw error;
    connection.close(CloseCode.tryAgainLater, 'Your changes arrived out of order: resending');
    return;
  }
  if (news === null) {
    // Sent again (a resend, a reconnect): nothing to store or relay, only to acknowledge, in
    // turn, once what it repeats is stored.
    parts.persist({ ...pending(parts, connection, update, checked), unchanged: true });
    return;
  }
  // Refused quietly, like a locked draft: the editor is in Suggesting mode and says why.
  if (!rules.admits(update)) {
    prover.forget(news);
    return;
  }
  try {
    // A change that only deletes is always taken, so a full document can still shrink.
    if (checked.clocks.size === 0) size.add(news.byteLength);
    else {
      const budget = parts.measuring.of(connection.principal.userId ?? connection.id);
      size.reserve(news.byteLength, () => prover.provenSize(), budget);
    }
  } catch (error) {
    parts.room.notStored(news);
    if (!(error instanceof SizeMeasuredRecently)) throw error;
    connection.close(CloseCode.tryAgainLater, 'Checking the size of the document: resending');
    return;
  }
  parts.persist({
    ...pending(parts, connection, news, checked),
    authors: owners.newAuthors(connection, checked.clocks),
  });
}

/** A connection's update as the persist queue takes it, acknowledged by `checked`'s clocks. */
function pending(
  parts: WriteParts,
  connection: CollabConnection,
  update: Uint8Array,
  checked: CheckedUpdate,
): PendingCommit {
  const receivedAt = performance.now();
  return {
    room: parts.room,
    origin: connection,
    update,
    clocks: checked.clocks,
    authors: [],
    receivedAt,
  };
}
