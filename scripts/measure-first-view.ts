/**
 * Benchmark: what the first view costs. Loads the built app in Chromium at a phone size, waits until MapLibre has
 * drawn, and lists every file the page requested, with its raw and gzip size (gzip -9, as a host would serve it),
 * grouped by kind, in two steps: what the first paint (the SVG sketch of the map) needed, and what MapLibre's first
 * complete frame needed on top; then the time to each (software WebGL here: slow, for comparison only).
 * Usage: npm run build && npm run preview & npx tsx scripts/measure-first-view.ts
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import config from '../playwright.config';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173/';
const browser = await chromium.launch(config.use?.launchOptions);
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
const requested: string[] = [];
page.on('request', (r) => requested.push(new URL(r.url()).pathname));
const started = Date.now();
await page.goto(base);
await page.waitForSelector('main[data-map-ready="true"]', { timeout: 60_000 });
const ready = Date.now() - started;
await page.waitForTimeout(1500);
// What the page asked for before each mark the app sets; the content chunk comes after both.
const steps = await page.evaluate(() => {
  // No named functions in here: tsx would wrap them in a helper the page does not have.
  const [sketch, map] = ['sketch-ready', 'map-ready'].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? Infinity) as [number, number];
  const entries = performance.getEntriesByType('resource').map((e) => ({ path: new URL(e.name).pathname, start: e.startTime }));
  return {
    sketchMs: Math.round(sketch),
    mapMs: Math.round(map),
    sketch: entries.filter((e) => e.start < sketch).map((e) => e.path),
    map: entries.filter((e) => e.start >= sketch && e.start < map).map((e) => e.path),
    after: entries.filter((e) => e.start >= map).map((e) => e.path),
  };
});
await browser.close();

const kind = (path: string) =>
  path.endsWith('.js') || path.endsWith('.mjs') ? 'JS' : path.endsWith('.css') ? 'CSS' : path.endsWith('.geojson') ? 'geometry' : path.endsWith('/') || path.endsWith('.html') ? 'HTML' : 'other';
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function table(title: string, paths: string[]): void {
  const rows = [...new Set(paths.filter((p) => requested.includes(p)))].map((path) => {
    const bytes = readFileSync(`dist${path.endsWith('/') ? `${path}index.html` : path}`);
    return { path, kind: kind(path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  console.log(`\n${title}\n\n| file | kind | raw | gzip |\n|---|---|---:|---:|`);
  for (const r of rows) console.log(`| ${r.path} | ${r.kind} | ${kb(r.raw)} | ${kb(r.gzip)} |`);
  for (const k of ['HTML', 'JS', 'CSS', 'geometry', 'other']) {
    const of = rows.filter((r) => r.kind === k);
    if (of.length) console.log(`| **${k}** | | ${kb(of.reduce((s, r) => s + r.raw, 0))} | ${kb(of.reduce((s, r) => s + r.gzip, 0))} |`);
  }
  console.log(`| **total** | | ${kb(rows.reduce((s, r) => s + r.raw, 0))} | ${kb(rows.reduce((s, r) => s + r.gzip, 0))} |`);
}

table(`First paint: the SVG sketch of the map, after ${steps.sketchMs} ms`, ['/', ...steps.sketch]);
table(
  `Then MapLibre's first complete frame, after ${steps.mapMs} ms (software WebGL; a phone's GPU is far faster)`,
  steps.map.filter((p) => !steps.sketch.includes(p)),
);
console.log(`\nfetched after that: ${[...new Set(steps.after)].join(', ') || 'nothing'}`);
console.log(`(page load to MapLibre ready, measured outside the page: ${ready} ms)`);
