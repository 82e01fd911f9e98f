// Summary statistics for latency samples: percentiles by linear interpolation between the two
// nearest ranks (the same definition as numpy's default), computed on a sorted copy.

export function sortedCopy(values: readonly number[]): number[] {
  // A typed array sorts numerically (Array#sort would compare as strings).
  return Array.from(Float64Array.from(values).sort());
}

/** p in [0, 100]; NaN for an empty sample. `sorted` must be ascending. */
export function percentileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const clamped = Math.min(100, Math.max(0, p));
  const rank = (clamped / 100) * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  const lo = sorted[lower] ?? Number.NaN;
  const hi = sorted[upper] ?? Number.NaN;
  return lo + (hi - lo) * (rank - lower);
}

export function percentile(values: readonly number[], p: number): number {
  return percentileSorted(sortedCopy(values), p);
}

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export function summarize(values: readonly number[]): LatencySummary {
  const sorted = sortedCopy(values);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    count: sorted.length,
    p50: percentileSorted(sorted, 50),
    p95: percentileSorted(sorted, 95),
    p99: percentileSorted(sorted, 99),
    max: sorted.length === 0 ? Number.NaN : (sorted[sorted.length - 1] ?? Number.NaN),
    mean: sorted.length === 0 ? Number.NaN : sum / sorted.length,
  };
}
