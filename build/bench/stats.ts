/** Summaries of a benchmark's samples: min, median, max, and the nearest-rank percentile. */

export interface Summary {
  n: number;
  min: number;
  median: number;
  max: number;
  p95: number;
}

const sorted = (values: readonly number[]) => [...values].filter((v) => Number.isFinite(v)).sort((a, b) => a - b);

/** The median (the mean of the two middle values for an even count); NaN for no values. */
export function median(values: readonly number[]): number {
  const s = sorted(values);
  if (!s.length) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The p-th percentile by nearest rank (p in 0..100): the smallest value with at least p % of values at or below it. */
export function percentile(values: readonly number[], p: number): number {
  const s = sorted(values);
  if (!s.length) return NaN;
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length, Math.max(1, rank)) - 1]!;
}

/** min/median/max/p95 of the finite values (non-finite ones, a figure a round could not measure, are left out). */
export function summarize(values: readonly number[]): Summary {
  const s = sorted(values);
  return { n: s.length, min: s[0] ?? NaN, median: median(s), max: s[s.length - 1] ?? NaN, p95: percentile(s, 95) };
}

/** Explainer / floor, round by round (the i-th explainer round against the i-th floor round). */
export function ratios(explainer: readonly number[], floor: readonly number[]): number[] {
  const n = Math.min(explainer.length, floor.length);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const e = explainer[i]!;
    const f = floor[i]!;
    out.push(Number.isFinite(e) && Number.isFinite(f) && f > 0 ? e / f : NaN);
  }
  return out;
}
