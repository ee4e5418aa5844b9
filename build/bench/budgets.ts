/** The budgets of issue 13, checked against the benchmark's figures: each `within`, `over`, or `not measured`. */
import { median, percentile } from './stats.ts';

export const BUDGETS = {
  firstViewGzip: 80 * 1024,
  islandsRatio: 0.3,
  lighthouseScore: 95,
  tbt: 200,
  lcp: 2500,
  tapP95: 50,
  tapScript: 16,
} as const;

export interface BudgetInput {
  /** Explainer: gzip bytes requested before the map was fully interactive, per round (every round, both conditions). */
  firstViewGzip: number[];
  /** Explainer: the files requested before the islands were drawn that the first view does not need (MapLibre's). */
  requestedTooEarly: string[];
  /** Explainer / floor, islands drawn, per round. */
  islandsRatio: { unthrottled: number[]; throttled: number[] };
  /** The explainer's Lighthouse (mobile) run, if there was one. */
  lighthouse: { scores: Record<string, number | null>; tbt: number | null; lcp: number | null } | null;
  /** Tap to panel (ms) and its script (ms), by label and by land. */
  taps: Record<'label' | 'land', { toPanel: number[]; script: number[] }>;
}

export type Verdict = 'within' | 'over' | 'not measured';

export interface BudgetLine {
  budget: string;
  verdict: Verdict;
  measured: string;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${Math.round(n)} ms`;
const judge = (ok: boolean | null): Verdict => (ok === null ? 'not measured' : ok ? 'within' : 'over');
const has = (values: number[]) => values.some((v) => Number.isFinite(v));

export function evaluateBudgets(input: BudgetInput): BudgetLine[] {
  const lines: BudgetLine[] = [];
  const firstView = Math.max(...input.firstViewGzip.filter(Number.isFinite));
  lines.push({
    budget: `first view ≤ ${kb(BUDGETS.firstViewGzip)} gzip in all`,
    verdict: judge(has(input.firstViewGzip) ? firstView <= BUDGETS.firstViewGzip : null),
    measured: has(input.firstViewGzip) ? `${kb(firstView)} (largest round)` : 'no round drew the islands',
  });
  const early = [...new Set(input.requestedTooEarly)];
  lines.push({
    budget: 'nothing else requested before the islands are drawn and tappable',
    verdict: judge(has(input.firstViewGzip) ? early.length === 0 : null),
    measured: early.length ? `requested before: ${early.join(', ')}` : 'no MapLibre file before the islands',
  });
  for (const condition of ['unthrottled', 'throttled'] as const) {
    const r = input.islandsRatio[condition];
    const m = median(r);
    lines.push({
      budget: `islands drawn ≤ ${BUDGETS.islandsRatio}× the floor's time, ${condition}`,
      verdict: judge(has(r) ? m <= BUDGETS.islandsRatio : null),
      measured: has(r) ? `${m.toFixed(2)}× (median of rounds)` : 'not measured',
    });
  }
  const lh = input.lighthouse;
  const scores = lh ? Object.entries(lh.scores) : [];
  lines.push({
    budget: `Lighthouse mobile ≥ ${BUDGETS.lighthouseScore} in all four categories`,
    verdict: judge(lh ? scores.every(([, s]) => s !== null && s >= BUDGETS.lighthouseScore) : null),
    measured: lh ? scores.map(([c, s]) => `${c} ${s ?? '–'}`).join(', ') : 'run with --lighthouse',
  });
  lines.push({
    budget: `Lighthouse TBT < ${ms(BUDGETS.tbt)}`,
    verdict: judge(lh && lh.tbt !== null ? lh.tbt < BUDGETS.tbt : null),
    measured: lh && lh.tbt !== null ? ms(lh.tbt) : 'run with --lighthouse',
  });
  lines.push({
    budget: `Lighthouse LCP < ${(BUDGETS.lcp / 1000).toFixed(1)} s`,
    verdict: judge(lh && lh.lcp !== null ? lh.lcp < BUDGETS.lcp : null),
    measured: lh && lh.lcp !== null ? `${(lh.lcp / 1000).toFixed(2)} s` : 'run with --lighthouse',
  });
  for (const mode of ['label', 'land'] as const) {
    const { toPanel, script } = input.taps[mode];
    const p95 = percentile(toPanel, 95);
    const scriptP95 = percentile(script, 95);
    lines.push({
      budget: `tap to panel by ${mode}: p95 ≤ ${ms(BUDGETS.tapP95)}`,
      verdict: judge(has(toPanel) ? p95 <= BUDGETS.tapP95 : null),
      measured: has(toPanel) ? `p95 ${ms(p95)}` : 'not measured',
    });
    lines.push({
      budget: `tap to panel by ${mode}: script < ${ms(BUDGETS.tapScript)}`,
      verdict: judge(has(script) ? scriptP95 < BUDGETS.tapScript : null),
      measured: has(script) ? `p95 ${ms(scriptP95)}` : 'not measured',
    });
  }
  return lines;
}
