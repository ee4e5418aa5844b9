/** The benchmark's printed report: Markdown tables, so it can be pasted as it is. */
import type { BudgetLine } from './budgets.ts';
import { KINDS } from './kinds.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { RequestRecord, RoundResult } from './round.ts';
import { ratios, summarize, type Summary } from './stats.ts';
import type { TapSample } from './taps.ts';

const KB = 1024;
export const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
const fmt = (n: number, unit: string, digits = 0) => (Number.isFinite(n) ? `${n.toFixed(digits)}${unit}` : '–');
const triple = (s: Summary, unit: string, digits = 0) =>
  s.n ? `${fmt(s.min, '', digits)} / ${fmt(s.median, '', digits)} / ${fmt(s.max, '', digits)}${unit}` : '–';

interface Figure {
  label: string;
  value: (r: RoundResult) => number | null;
  unit: string;
  scale: number;
  digits: number;
}

export const FIGURES: Figure[] = [
  { label: 'islands drawn', value: (r) => r.islandsDrawn, unit: ' ms', scale: 1, digits: 0 },
  { label: 'map fully interactive', value: (r) => r.interactive, unit: ' ms', scale: 1, digits: 0 },
  ...[...KINDS, 'total' as const].map((k) => ({
    label: `bytes before islands drawn: ${k}`,
    value: (r: RoundResult) => r.bytesBeforeIslands[k],
    unit: ' KB',
    scale: KB,
    digits: 1,
  })),
  ...[...KINDS, 'total' as const].map((k) => ({
    label: `bytes before fully interactive: ${k}`,
    value: (r: RoundResult) => r.bytesBeforeInteractive[k],
    unit: ' KB',
    scale: KB,
    digits: 1,
  })),
  ...[...KINDS, 'total' as const].map((k) => ({
    label: `bytes by idle: ${k}`,
    value: (r: RoundResult) => r.bytesByIdle[k],
    unit: ' KB',
    scale: KB,
    digits: 1,
  })),
  { label: 'JS heap at idle (main thread)', value: (r) => r.heap, unit: ' MB', scale: KB * KB, digits: 1 },
];

const values = (rounds: RoundResult[], f: Figure) => rounds.map((r) => (f.value(r) ?? NaN) / f.scale);

export function roundsTable(explainer: RoundResult[], floor: RoundResult[], title: string): string {
  const lines = [
    `\n### ${title} (${explainer.length} rounds each; min / median / max)\n`,
    '| figure | explainer | floor | explainer / floor, per round |',
    '|---|---:|---:|---:|',
  ];
  for (const f of FIGURES) {
    const e = values(explainer, f);
    const fl = values(floor, f);
    lines.push(
      `| ${f.label} | ${triple(summarize(e), f.unit, f.digits)} | ${triple(summarize(fl), f.unit, f.digits)} | ${triple(summarize(ratios(e, fl)), '×', 2)} |`,
    );
  }
  return lines.join('\n');
}

export function tapsTable(samples: TapSample[], renderer: string): string {
  const lines = [
    `\n### Tap to panel (explainer, unthrottled, on the ${renderer === 'maplibre' ? 'MapLibre map' : 'SVG drawing'}; ms)\n`,
    '| tap on | taps | to panel p50 | p95 | max | script p50 | p95 | max | long frames’ script p95 |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const mode of ['label', 'land'] as const) {
    const of = samples.filter((s) => s.mode === mode);
    const t = summarize(of.map((s) => s.toPanel));
    const sc = summarize(of.map((s) => s.script));
    const lf = summarize(of.map((s) => s.longFrameScript));
    lines.push(
      `| ${mode} | ${of.length} | ${fmt(t.median, '')} | ${fmt(t.p95, '')} | ${fmt(t.max, '')} | ${fmt(sc.median, '')} | ${fmt(sc.p95, '')} | ${fmt(sc.max, '')} | ${fmt(lf.p95, '')} |`,
    );
  }
  return lines.join('\n');
}

/** File by file, what one round requested: before the islands were drawn, then by the map being ready, then by idle. */
export function filesTable(round: RoundResult): string {
  const out: string[] = [];
  const groups: [string, RequestRecord[]][] = [
    [
      `Before the islands were drawn (${fmt(round.islandsDrawn ?? NaN, ' ms')})`,
      round.requests.filter((r) => round.islandsDrawn !== null && r.start < round.islandsDrawn),
    ],
    [
      `Then by the map fully interactive (${fmt(round.interactive ?? NaN, ' ms')})`,
      round.requests.filter(
        (r) =>
          round.islandsDrawn !== null &&
          r.start >= round.islandsDrawn &&
          (round.interactive === null || r.start < round.interactive),
      ),
    ],
    ['Then by idle', round.requests.filter((r) => round.interactive !== null && r.start >= round.interactive)],
  ];
  for (const [title, requests] of groups) {
    if (!requests.length) continue;
    out.push(`\n${title}\n`, '| file | kind | starts | raw | gzip |', '|---|---|---:|---:|---:|');
    for (const r of requests)
      out.push(
        `| ${r.path}${r.mapLibre ? ' (MapLibre)' : ''} | ${r.kind} | ${Math.round(r.start)} ms | ${kb(r.raw)} | ${kb(r.gzip)} |`,
      );
    for (const k of KINDS) {
      const of = requests.filter((r) => r.kind === k);
      if (of.length)
        out.push(
          `| **${k}** | | | ${kb(of.reduce((s, r) => s + r.raw, 0))} | ${kb(of.reduce((s, r) => s + r.gzip, 0))} |`,
        );
    }
    out.push(
      `| **total** | | | ${kb(requests.reduce((s, r) => s + r.raw, 0))} | ${kb(requests.reduce((s, r) => s + r.gzip, 0))} |`,
    );
  }
  return out.join('\n');
}

export function lighthouseTable(results: Record<string, LighthouseResult>): string {
  const lines = [
    '\n### Lighthouse (mobile)\n',
    '| page | performance | accessibility | best practices | SEO | TBT | LCP | FCP |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const [name, r] of Object.entries(results)) {
    const s = r.scores;
    lines.push(
      `| ${name} | ${s.performance ?? '–'} | ${s.accessibility ?? '–'} | ${s['best-practices'] ?? '–'} | ${s.seo ?? '–'} | ${fmt(r.tbt ?? NaN, ' ms')} | ${fmt((r.lcp ?? NaN) / 1000, ' s', 2)} | ${fmt((r.fcp ?? NaN) / 1000, ' s', 2)} |`,
    );
  }
  for (const [name, r] of Object.entries(results)) {
    lines.push(`\nFailing audits, ${name} (score < 0.9): ${r.failing.length ? '' : 'none'}`);
    for (const a of r.failing)
      lines.push(`- ${a.id} (${a.score.toFixed(2)}): ${a.title}${a.display ? `, ${a.display}` : ''}`);
    for (const p of r.problems) lines.push(`- warning: ${p}`);
  }
  return lines.join('\n');
}

export function budgetLines(lines: BudgetLine[]): string {
  const width = Math.max(...lines.map((l) => l.verdict.length));
  return [
    '\n### Budgets (issue 13)\n',
    ...lines.map((l) => `${l.verdict.padEnd(width)}  ${l.budget}: ${l.measured}`),
  ].join('\n');
}
