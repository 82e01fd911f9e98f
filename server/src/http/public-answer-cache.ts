// The answers to anonymous public reads (a public page, a public event, a consultation and its
// questions), kept as JSON text for a moment, so hundreds of readers a second cost a handful of
// computations and serialisations instead of one each, and live editing on the same event loop
// does not slow down (issue 15). Concurrent identical reads share one computation. Only answers
// that are the same for everyone belong here: never a signed-in view, never a booking by its
// secret. A failed read (404 included) is not kept, so a page turned off answers 404 at once.
// In this process, a change the services report (a booking, an event edited, a consultation's
// comment, a draft binned or restored, a page or settings saved) drops every copy at once; other
// processes of a scale-out, and changes not reported (a person erased), show within
// ANSWER_TTL_MS.
import { createHash } from 'node:crypto';
import { KeptResults } from '../services/kept-results.ts';
import type { ServiceEventMap, ServiceEvents } from '../services/service-events.ts';
import type { RouteResult } from './route.ts';

/**
 * How long a copy is served. At most a second: that is how late a change made on another
 * process, or a person's erasure, may show; yet 500 readers a second still share a handful of
 * computations.
 */
export const ANSWER_TTL_MS = 1000;

/** Copies kept at most (the oldest dropped first): each is one public answer, a few kB. */
export const MAX_ANSWERS = 2000;

/** An answer's JSON text, and its ETag (as Express would make it), both made once. */
export interface KeptJson {
  text: string;
  etag: string;
}

export interface PublicAnswerCacheOptions {
  ttlMs?: number;
  maxEntries?: number;
  /** Milliseconds, as Date.now. */
  now?: () => number;
}

export class PublicAnswerCache {
  private readonly kept: KeptResults<KeptJson>;

  constructor(options: PublicAnswerCacheOptions = {}) {
    this.kept = new KeptResults({
      keepMs: options.ttlMs ?? ANSWER_TTL_MS,
      maxEntries: options.maxEntries ?? MAX_ANSWERS,
      ...(options.now ? { now: options.now } : {}),
    });
  }

  /** A 200 answer whose body is the JSON of `compute()`, or of a copy under `key` still fresh. */
  async answer(key: string, compute: () => Promise<unknown>): Promise<RouteResult> {
    return { status: 200, json: await this.json(key, compute) };
  }

  /** Counted from the start of the computation: the data are at least that fresh. */
  json(key: string, compute: () => Promise<unknown>): Promise<KeptJson> {
    return this.kept.get(key, () => compute().then(serialise));
  }

  /**
   * Drops every copy, and any computation under way: those already waiting for it get its
   * answer, anyone asking from now on gets a fresh one.
   */
  clear(): void {
    this.kept.clear();
  }

  get size(): number {
    return this.kept.size;
  }
}

function serialise(body: unknown): KeptJson {
  const text = JSON.stringify(body);
  const hash = createHash('sha1').update(text).digest('base64').slice(0, 27);
  return { text, etag: `W/"${Buffer.byteLength(text).toString(16)}-${hash}"` };
}

/** The service events after which a public answer may read differently. */
const PUBLIC_CHANGES = [
  'bookings-changed',
  'bookings-moved-up',
  'consultation-changed',
  'document-bin-changed',
  'settings-changed',
  'public-page-changed',
] as const satisfies readonly (keyof ServiceEventMap)[];

/** Drops every copy when this process changes something the public reads. */
export function clearOnPublicChanges(
  cache: PublicAnswerCache,
  events: Pick<ServiceEvents, 'on'>,
): void {
  for (const kind of PUBLIC_CHANGES) events.on(kind, () => cache.clear());
}
