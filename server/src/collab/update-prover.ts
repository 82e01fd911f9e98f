// Proves that a Yjs update applies to a room's document before it is stored. Decoding is not
// enough: about 1 in 100 decodable mutated updates make Y.applyUpdate throw, and almost all of
// those throw only against the document's real state (they name items that exist there), so a
// trial on an empty document would let them through. Yjs may change a document part-way before
// it throws, so the trial runs on a copy, never on the live document.
//
// The copy is the live state plus every update proven since but not yet applied live (still in
// the persist queue). It costs a second copy of the document in memory while people write, so
// it is dropped after a quiet spell and rebuilt (once, from the live state) on the next write.
//
// The trial also shows what the update added: the schema guard checks that it fits the editor's
// schema (schema-guard.ts), and that a person's new suggestions are in their own name
// (suggestion-authors.ts). Others may follow the copy as it takes each update (a draft in
// review's guard, suggestion-guard.ts), so no rule needs a copy of its own.
import * as Y from 'yjs';
import { newServerDoc } from '../documents/server-doc.ts';
import { CONTENT_FRAGMENT } from '@roundtable/shared/protocol/collab';
import { MalformedMessage } from './codec.ts';
import type { SchemaGuard } from '../documents/schema-guard.ts';
import { QuietSpell } from './quiet-spell.ts';
import { SuggestionAuthors } from './suggestion-authors.ts';

/** A MalformedMessage, so the connection that sent it is closed with 4400 and a reason. */
export class UpdateRefused extends MalformedMessage {}

/** The update is someone acting in another person's name: its sender is closed with 4403. */
export class UpdateForbidden extends Error {
  override readonly name = 'UpdateForbidden';
}

/** Where an update comes from, which decides what is checked before it is taken. */
export type UpdateSource =
  /** A person's connection: the schema, and new suggestions only in their own name. */
  | { kind: 'person'; personId: string | null }
  /** Roundtable itself (a restore, a decided suggestion, a repair): the schema. */
  | { kind: 'server' }
  /** Stored already (by another process): taken as it is, even if part of it must wait. */
  | { kind: 'stored' };

/**
 * The update needs changes the document does not have yet (Yjs would keep it pending). Refused
 * for now: a pending part is applied later, by whichever update completes it, so a broken one
 * would fail then and be blamed on an innocent update. A client that reconnects sends
 * everything in order.
 */
export class UpdateWaits extends Error {
  override readonly name = 'UpdateWaits';
}

/** Follows the prover's copy: told of each copy once it has caught up, and when it is dropped. */
export interface CopyFollower {
  copied(copy: Y.Doc): void;
  dropped(): void;
}

/** The origin of the copy's transaction for each proof, and what it changed there. */
interface Proof {
  update: Uint8Array;
  source: UpdateSource;
  /** Whether the copy took anything new: a struct, or a deletion of something not deleted. */
  changed?: boolean;
}
const PROOF = Symbol('proof');

/** The proof a transaction on the copy is part of, if it is one. */
export function proofOf(transaction: Y.Transaction): Proof | undefined {
  const origin = transaction.origin as { [PROOF]?: Proof } | null;
  return origin?.[PROOF];
}

/** Notes on a proof whether its transaction changed the copy. */
function noteChange(transaction: Y.Transaction): void {
  const proof = proofOf(transaction);
  if (!proof) return;
  proof.changed = transaction.deleteSet.clients.size > 0;
  // A loop, not a spread: the states are every client's the document has seen, at every proof.
  for (const [client, clock] of transaction.afterState) {
    if (proof.changed) return;
    proof.changed = clock > (transaction.beforeState.get(client) ?? 0);
  }
}

/** Whether an update starts, for some client, before where the document stood. */
function holdsKnown(starts: Clocks, before: Clocks): boolean {
  for (const [client, start] of starts) if (start < (before.get(client) ?? 0)) return true;
  return false;
}

/** The update without the structs the document had already (its deletions stay whole). */
function onlyNew(update: Uint8Array, before: Clocks): Uint8Array {
  return Y.diffUpdate(update, Y.encodeStateVector(new Map(before)));
}

/** What Yjs holds back in a document until missing changes arrive: structs, deletions. */
function pendingOf(doc: Y.Doc): (Buffer | null)[] {
  const { pendingStructs, pendingDs } = doc.store;
  return [pendingStructs?.update ?? null, pendingDs].map((part) =>
    part ? Buffer.from(part) : null,
  );
}

/** Clocks per client id: where an update's structs start, or where a document stands. */
type Clocks = ReadonlyMap<number, number>;

/**
 * Where the document stood, for the clients the update writes under only (read from the update
 * itself, so the cost follows the update, not how many clients the document has seen). The
 * caller may name them if it has decoded the update already (`checkUpdate`'s starts).
 * `parseUpdateMeta`, not `encodeStateVectorFromUpdate`: the latter counts only clients whose
 * structs start at clock 0, so it would name no client for a person's second keystroke.
 */
function stateBefore(
  doc: Y.Doc,
  update: Uint8Array,
  clients: Iterable<number> = Y.parseUpdateMeta(update).from.keys(),
): Map<number, number> {
  const state = new Map<number, number>();
  for (const client of clients) state.set(client, Y.getState(doc.store, client));
  return state;
}

/** True when something waits now that did not before (less waiting, or none, is fine). */
const waitsMore = (before: (Buffer | null)[], after: (Buffer | null)[]): boolean =>
  after.some((part, index) => {
    const was = before[index];
    return part !== null && (was === null || was === undefined || !was.equals(part));
  });

export interface UpdateProverOptions {
  live: Y.Doc;
  guard: SchemaGuard;
  /** Drop the copy after this long without a proof, to free its memory. */
  idleMs?: number;
}

export class UpdateProver {
  private copy: Y.Doc | null = null;
  /**
   * Proven updates not yet applied to the live document, oldest first. A set: a fast writer may
   * have thousands waiting, and each is taken out as the live document takes it.
   */
  private readonly ahead = new Set<Uint8Array>();
  /** Drops the copy after a quiet spell without proofs. */
  private readonly idle: QuietSpell;
  /** Made at the first proof, from the live document; then told every proven update. */
  private authors: SuggestionAuthors | null = null;
  private readonly followers = new Set<CopyFollower>();
  private readonly options: UpdateProverOptions;

  constructor(options: UpdateProverOptions) {
    this.options = options;
    this.idle = new QuietSpell(options.idleMs ?? 30_000, () => this.drop());
  }

  /**
   * Applies the update to the copy; throws UpdateRefused when Yjs rejects it or what it adds
   * does not fit the schema, UpdateForbidden when a person makes a suggestion in someone else's
   * name, and UpdateWaits when part of it would wait for missing changes (unless it is stored
   * already). The copy is then dropped, since it may be half changed.
   *
   * Returns what of the update was new to the document: null when nothing was (a change sent
   * again), else the update, or, when `starts` (where its structs start, per client, from
   * `checkUpdate`) shows it repeats structs the document has, the update without them. What is
   * returned must later be passed to `applied` (or `forget`).
   */
  prove(update: Uint8Array, source: UpdateSource, starts?: Clocks): Uint8Array | null {
    this.authors ??= new SuggestionAuthors(
      this.options.guard.checkAll(this.options.live).suggestions,
    );
    const copy = this.copy ?? this.rebuild();
    const pendingBefore = pendingOf(copy);
    const proof = { [PROOF]: { update, source } as Proof };
    let before: Map<number, number>;
    try {
      before = stateBefore(copy, update, starts?.keys());
      Y.applyUpdate(copy, update, proof);
    } catch (error) {
      this.refuse(
        `the update does not apply to this document (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    if (source.kind !== 'stored' && waitsMore(pendingBefore, pendingOf(copy))) {
      this.drop();
      throw new UpdateWaits('the update needs changes the server does not have yet');
    }
    const added = this.options.guard.checkAdded(copy, before);
    if (source.kind !== 'stored' && added.problem !== null) {
      this.refuse(`the change does not fit the document's structure: ${added.problem}`);
    }
    const forged =
      source.kind === 'person' && this.authors.problemFor(source.personId, added.suggestions);
    if (forged) {
      this.drop();
      throw new UpdateForbidden(`Your change was refused: ${forged}.`);
    }
    this.authors.learn(added.suggestions);
    this.idle.touch();
    if (!proof[PROOF].changed) return null;
    const news = starts && holdsKnown(starts, before) ? onlyNew(update, before) : update;
    this.ahead.add(news);
    return news;
  }

  /** The byte length of the document encoded with every proven update (taken live or not). */
  provenSize(): number {
    return Y.encodeStateAsUpdate(this.copy ?? this.rebuild()).byteLength;
  }

  /** The live document has taken a proven update. */
  applied(update: Uint8Array): void {
    this.ahead.delete(update);
  }

  /** A proven update that will never be applied live (it was not stored): the copy has it, so
   * it is dropped, and rebuilt without it. */
  forget(update: Uint8Array): void {
    this.applied(update);
    this.drop();
  }

  /** Tells `follower` of the copy now held (if any), each one made from now on, and each drop. */
  follow(follower: CopyFollower): void {
    this.followers.add(follower);
    if (this.copy) follower.copied(this.copy);
  }

  unfollow(follower: CopyFollower): void {
    if (this.followers.delete(follower)) follower.dropped();
  }

  destroy(): void {
    this.ahead.clear();
    this.drop();
    this.followers.clear();
  }

  private refuse(reason: string): never {
    this.drop();
    throw new UpdateRefused(reason);
  }

  private rebuild(): Y.Doc {
    const copy = newServerDoc({ gc: this.options.live.gc });
    // Typed first, so content a client puts there is read as what the editor reads.
    copy.getXmlFragment(CONTENT_FRAGMENT);
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(this.options.live));
    // Proven before, so they apply again; one by one, as the live document will take them.
    for (const update of this.ahead) Y.applyUpdate(copy, update);
    copy.on('afterTransaction', noteChange);
    this.copy = copy;
    for (const follower of this.followers) follower.copied(copy);
    return copy;
  }

  /** True while the copy is held (between a proof and a quiet spell). */
  get holdsCopy(): boolean {
    return this.copy !== null;
  }

  private drop(): void {
    this.idle.cancel();
    if (!this.copy) return;
    for (const follower of this.followers) follower.dropped();
    this.copy.destroy();
    this.copy = null;
  }
}
