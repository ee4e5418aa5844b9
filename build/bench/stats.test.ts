import { describe, expect, it } from 'vitest';
import { median, percentile, ratios, summarize } from './stats.ts';

describe('stats', () => {
  it('takes the median of odd and even counts, ignoring order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('takes percentiles by nearest rank', () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile(values, 50)).toBe(10);
    expect(percentile(values, 100)).toBe(20);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([1, 2, 3, 4, 100], 95)).toBe(100);
  });

  it('summarizes finite values only', () => {
    expect(summarize([5, NaN, 1, 3, Infinity])).toEqual({ n: 3, min: 1, median: 3, max: 5, p95: 5 });
    expect(summarize([]).n).toBe(0);
  });

  it('divides round by round, NaN where either side is missing', () => {
    expect(ratios([10, 20, NaN], [100, 40, 5])).toEqual([0.1, 0.5, NaN]);
    expect(ratios([1, 2], [4])).toEqual([0.25]);
  });
});
