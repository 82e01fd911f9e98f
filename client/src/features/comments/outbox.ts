// The comment outbox: what someone did to comments while the server could not be reached, kept
// on this device (localStorage, one list per document) and sent, in order, when it can be. Ids
// are chosen here, so sending an entry twice is harmless: the server answers the same thread.
import { z } from 'zod';
import { CreateThreadBody, ReplyBody } from '@roundtable/shared/protocol/comments';
import { Id } from '@roundtable/shared/protocol/ids';

export const OutboxAction = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('create'), documentId: Id, body: CreateThreadBody }),
  z.object({ kind: z.literal('reply'), threadId: Id, body: ReplyBody }),
  z.object({ kind: z.literal('edit'), threadId: Id, commentId: Id, body: z.string() }),
  z.object({ kind: z.literal('delete'), threadId: Id, commentId: Id }),
  z.object({ kind: z.literal('resolve'), threadId: Id }),
  z.object({ kind: z.literal('reopen'), threadId: Id }),
]);
export type OutboxAction = z.infer<typeof OutboxAction>;

export const OutboxEntry = z.object({
  id: z.string(),
  /** When it was done, for showing it in the list before the server has it. */
  at: z.string(),
  action: OutboxAction,
});
export type OutboxEntry = z.infer<typeof OutboxEntry>;

// Under the prefix of the unsent-changes backups (realtime/unsent-backup.ts), so signing out of
// a shared computer forgets unsent comments together with unsent text.
const KEY_PREFIX = 'roundtable-unsent-comments-';
export const outboxKey = (documentId: string) => `${KEY_PREFIX}${documentId}`;

export function readOutbox(storage: Storage, documentId: string): OutboxEntry[] {
  try {
    const parsed = z
      .array(OutboxEntry)
      .safeParse(JSON.parse(storage.getItem(outboxKey(documentId)) ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function writeOutbox(
  storage: Storage,
  documentId: string,
  entries: readonly OutboxEntry[],
): void {
  try {
    if (entries.length === 0) storage.removeItem(outboxKey(documentId));
    else storage.setItem(outboxKey(documentId), JSON.stringify(entries));
  } catch {
    // Storage full or blocked: the entry stays in memory and is sent while the page is open.
  }
}

/**
 * A thread started here was stored as part of another (a suggestion's replies, started by
 * someone else at the same moment): what is still unsent for it goes to that thread.
 */
export function retargetOutbox(
  entries: readonly OutboxEntry[],
  from: string,
  to: string,
): OutboxEntry[] {
  return entries.map((entry) =>
    'threadId' in entry.action && entry.action.threadId === from
      ? { ...entry, action: { ...entry.action, threadId: to } }
      : entry,
  );
}

/** What sending one entry came to. */
export type SendOutcome =
  | { kind: 'sent' }
  /** Not reachable, or the server had a problem: keep it and try again later. */
  | { kind: 'retry' }
  /** The server refused it (not allowed, deleted meanwhile): drop it and say why. */
  | { kind: 'refused'; message: string };

export interface FlushResult {
  remaining: OutboxEntry[];
  refused: Array<{ entry: OutboxEntry; message: string }>;
}

/**
 * Sends entries oldest first, stopping at the first that must wait (later ones may depend on
 * it, as a reply depends on its thread).
 */
export async function flushOutbox(
  entries: readonly OutboxEntry[],
  send: (entry: OutboxEntry) => Promise<SendOutcome>,
): Promise<FlushResult> {
  const refused: FlushResult['refused'] = [];
  for (const [index, entry] of entries.entries()) {
    const outcome = await send(entry);
    if (outcome.kind === 'retry') return { remaining: entries.slice(index), refused };
    if (outcome.kind === 'refused') refused.push({ entry, message: outcome.message });
  }
  return { remaining: [], refused };
}
