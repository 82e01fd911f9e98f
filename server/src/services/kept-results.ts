// Results kept for a while under a key, so many who ask for the same thing share one making of
// it: those asking while it is being made share that one too. A failed making is not kept (the
// next asker tries again). Forgetting or clearing drops what is under way as well: those already
// waiting get its result, anyone asking afterwards gets a fresh one. At most `maxEntries` are
// kept, the oldest dropped first. Used for anonymous public answers (http/public-answer-cache.ts)
// and the public consultation reports (public-report-files.ts).
export interface KeptResultsOptions {
  keepMs: number;
  maxEntries: number;
  /** Milliseconds, as Date.now. */
  now?: () => number;
}

interface Entry<T> {
  value: Promise<T>;
  expiresAt: number;
}

export class KeptResults<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly now: () => number;

  constructor(private readonly options: KeptResultsOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The result still fresh under `key`, if there is one. */
  fresh(key: string): Promise<T> | undefined {
    const found = this.entries.get(key);
    return found && found.expiresAt > this.now() ? found.value : undefined;
  }

  /** The fresh result under `key`, else the one `make` makes, kept from when it started. */
  get(key: string, make: () => Promise<T>): Promise<T> {
    const fresh = this.fresh(key);
    if (fresh) return fresh;
    this.entries.delete(key);
    const entry: Entry<T> = { value: make(), expiresAt: this.now() + this.options.keepMs };
    this.entries.set(key, entry);
    if (this.entries.size > this.options.maxEntries) this.dropOldest();
    entry.value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return entry.value;
  }

  /** Drops every result whose key starts with `prefix`. */
  forget(prefix: string): void {
    for (const key of [...this.entries.keys()]) {
      if (key.startsWith(prefix)) this.entries.delete(key);
    }
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private dropOldest(): void {
    const oldest = this.entries.keys().next();
    if (!oldest.done) this.entries.delete(oldest.value);
  }
}
