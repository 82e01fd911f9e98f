// How long a fuzzer runs and from which seed. Inside `npm test` each fuzzer takes its own short
// default, so all of them together stay under a minute; `npm run fuzz -- --minutes N` gives each
// N minutes. A failure names its seed; `FUZZ_SEED=<seed>` replays it.

export interface FuzzBudget {
  /** Stop starting new cases after this many milliseconds. */
  ms: number;
  seed: number;
  /** Says how to replay this run, for assertion messages. */
  replay: string;
}

export function fuzzBudget(defaultMs: number): FuzzBudget {
  const minutes = Number(process.env.FUZZ_MINUTES);
  const ms = Number.isFinite(minutes) && minutes > 0 ? minutes * 60_000 : defaultMs;
  const fixed = Number(process.env.FUZZ_SEED);
  const seed = Number.isInteger(fixed) ? fixed : Math.floor(Math.random() * 2 ** 31);
  return { ms, seed, replay: `seed ${seed} (replay with FUZZ_SEED=${seed})` };
}

/** A fast seeded generator (mulberry32), so a failing case can be replayed exactly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}
