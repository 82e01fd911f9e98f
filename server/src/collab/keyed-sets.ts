// Sets kept by a key (a document id), each dropped once it is empty: who waits for a document
// while it loads (while-loading.ts), and which early answers (early-answers.ts).

export class KeyedSets<T> {
  private readonly sets = new Map<string, Set<T>>();

  /** Adds `value` under `key`; returns a function that takes it out again. */
  add(key: string, value: T): () => void {
    let set = this.sets.get(key);
    if (!set) {
      set = new Set();
      this.sets.set(key, set);
    }
    const here = set;
    here.add(value);
    return () => {
      here.delete(value);
      if (here.size === 0 && this.sets.get(key) === here) this.sets.delete(key);
    };
  }

  has(key: string): boolean {
    return this.sets.has(key);
  }

  of(key: string): Iterable<T> {
    return this.sets.get(key) ?? [];
  }

  /** Takes away everything under `key`, returning it. */
  take(key: string): T[] {
    const set = this.sets.get(key);
    this.sets.delete(key);
    return set ? [...set] : [];
  }

  *values(): Generator<T> {
    for (const set of this.sets.values()) yield* set;
  }
}
