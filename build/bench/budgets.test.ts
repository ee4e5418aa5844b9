import { describe, expect, it } from 'vitest';
import { evaluateBudgets, type BudgetInput } from './budgets.ts';

const good: BudgetInput = {
  firstViewGzip: [70 * 1024, 71 * 1024],
  requestedTooEarly: [],
  islandsRatio: { unthrottled: [0.2, 0.25, 0.9], throttled: [0.1, 0.2] },
  lighthouse: { scores: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 95 }, tbt: 120, lcp: 2100 },
  taps: { label: { toPanel: [20, 30, 40], script: [5, 6, 7] }, land: { toPanel: [30, 45], script: [8, 15.9] } },
};
const verdicts = (input: BudgetInput) => evaluateBudgets(input).map((l) => l.verdict);

describe('evaluateBudgets', () => {
  it('finds every budget within when every figure is', () => {
    expect(verdicts(good)).toEqual(Array(11).fill('within'));
  });

  it('takes the largest first view, the median ratio, p95 taps', () => {
    const lines = evaluateBudgets({
      ...good,
      firstViewGzip: [70 * 1024, 81 * 1024],
      islandsRatio: { unthrottled: [0.31, 0.4, 0.1], throttled: [0.3] },
      taps: { label: { toPanel: [...Array(18).fill(10), 51, 52], script: [16] }, land: good.taps.land },
    });
    const by = Object.fromEntries(lines.map((l) => [l.budget, l.verdict]));
    expect(by['first view ≤ 80.0 KB gzip in all']).toBe('over');
    expect(by["islands drawn ≤ 0.3× the floor's time, unthrottled"]).toBe('over');
    expect(by["islands drawn ≤ 0.3× the floor's time, throttled"]).toBe('within');
    expect(by['tap to panel by label: p95 ≤ 50 ms']).toBe('over');
    expect(by['tap to panel by label: script < 16 ms']).toBe('over');
  });

  it('is over when MapLibre came before the islands, and lists it', () => {
    const line = evaluateBudgets({
      ...good,
      requestedTooEarly: ['/assets/maplibre-renderer-x.js', '/assets/maplibre-renderer-x.js'],
    })[1]!;
    expect(line.verdict).toBe('over');
    expect(line.measured).toBe('requested before: /assets/maplibre-renderer-x.js');
  });

  it('says what was not measured rather than guessing', () => {
    const lines = evaluateBudgets({
      ...good,
      lighthouse: null,
      islandsRatio: { unthrottled: [NaN], throttled: [] },
      taps: { label: { toPanel: [], script: [] }, land: { toPanel: [], script: [] } },
    });
    expect(lines.filter((l) => l.verdict === 'not measured')).toHaveLength(9);
  });

  it('holds Lighthouse to every category, TBT and LCP', () => {
    const lines = evaluateBudgets({
      ...good,
      lighthouse: { scores: { ...good.lighthouse!.scores, seo: 94 }, tbt: 200, lcp: 2500 },
    });
    expect(lines.slice(4, 7).map((l) => l.verdict)).toEqual(['over', 'over', 'over']);
  });
});
