/**
 * Benchmark: what the first view costs. Loads the built app in Chromium at a phone size, waits until the map has
 * drawn, and lists every file the page requested, with its raw and gzip size (gzip -9, as a host would serve it),
 * grouped by kind; then the time to the first complete map frame (software WebGL here: slow, for comparison only).
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
// What the page asked for before its first complete frame (the app marks it); the content chunk comes after.
const { before, after } = await page.evaluate(() => {
  const mark = performance.getEntriesByName('map-ready')[0]?.startTime ?? Infinity;
  const entries = performance.getEntriesByType('resource');
  return {
    before: entries.filter((e) => e.startTime < mark).map((e) => new URL(e.name).pathname),
    after: entries.filter((e) => e.startTime >= mark).map((e) => new URL(e.name).pathname),
  };
});
const firstView = ['/', ...before.filter((p) => requested.includes(p))];
const later = after;
await browser.close();

const kind = (path: string) =>
  path.endsWith('.js') || path.endsWith('.mjs') ? 'JS' : path.endsWith('.css') ? 'CSS' : path.endsWith('.geojson') ? 'geometry' : path.endsWith('/') || path.endsWith('.html') ? 'HTML' : 'other';
const rows = [...new Set(firstView)].map((path) => {
  const file = `dist${path.endsWith('/') ? `${path}index.html` : path}`;
  const bytes = readFileSync(file);
  return { path, kind: kind(path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log('| file | kind | raw | gzip |\n|---|---|---:|---:|');
for (const r of rows) console.log(`| ${r.path} | ${r.kind} | ${kb(r.raw)} | ${kb(r.gzip)} |`);
for (const k of ['HTML', 'JS', 'CSS', 'geometry', 'other']) {
  const of = rows.filter((r) => r.kind === k);
  if (of.length) console.log(`| **${k}** | | ${kb(of.reduce((s, r) => s + r.raw, 0))} | ${kb(of.reduce((s, r) => s + r.gzip, 0))} |`);
}
console.log(`| **total** | | ${kb(rows.reduce((s, r) => s + r.raw, 0))} | ${kb(rows.reduce((s, r) => s + r.gzip, 0))} |`);
console.log(`\nfetched after the first frame: ${[...new Set(later)].join(', ') || 'nothing'}`);
console.log(`first complete map frame after ${ready} ms (software WebGL; a phone's GPU is far faster)`);
