/**
 * Lighthouse (mobile: its default config, a mid-range phone on slow 4G, simulated throttling) on Debian's
 * Chromium, started by chrome-launcher with the end-to-end tests' flags (playwright.config.ts).
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { launchOptions } from './browser.ts';

// Both packages live in bench/node_modules (bench/package.json, installed by `npm run bench`), not in the app's
// install; so they are loaded from there, and typed here as far as they are used, so the type-check needs neither.
interface ChromeLauncher {
  launch(options: {
    chromePath: string;
    chromeFlags: string[];
    logLevel: 'silent';
  }): Promise<{ port: number; kill(): void }>;
}
interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  numericValue?: number;
}
interface LighthouseFlags {
  port: number;
  output: 'json';
  logLevel: 'error';
  onlyCategories: string[];
}
interface LighthouseReport {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, Audit>;
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
}
type Lighthouse = (url: string, flags: LighthouseFlags) => Promise<{ lhr: LighthouseReport } | undefined>;

const benchRequire = createRequire(new URL('../../bench/package.json', import.meta.url));
const load = async <T>(name: string) => (await import(pathToFileURL(benchRequire.resolve(name)).href)) as T;

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseResult {
  url: string;
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  /** ms */
  tbt: number | null;
  lcp: number | null;
  fcp: number | null;
  /** Audits scored under 0.9: id, title, what Lighthouse shows. */
  failing: { id: string; title: string; score: number; display: string }[];
  problems: string[];
}

export async function runLighthouse(url: string): Promise<LighthouseResult> {
  const chromeLauncher = await load<ChromeLauncher>('chrome-launcher');
  const lighthouse = (await load<{ default: Lighthouse }>('lighthouse')).default;
  const { executablePath, args } = launchOptions();
  const chrome = await chromeLauncher.launch({
    chromePath: executablePath ?? '/usr/bin/chromium',
    chromeFlags: args ?? [],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error('Lighthouse returned nothing');
    const lhr = result.lhr;
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c]!.score! * 100)]),
    ) as LighthouseResult['scores'];
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? null;
    const failing = Object.values(lhr.audits)
      .filter(
        (a) => a.score !== null && a.score < 0.9 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode),
      )
      .map((a) => ({ id: a.id, title: a.title, score: a.score!, display: a.displayValue ?? '' }))
      .sort((a, b) => a.score - b.score);
    return {
      url,
      scores,
      tbt: metric('total-blocking-time'),
      lcp: metric('largest-contentful-paint'),
      fcp: metric('first-contentful-paint'),
      failing,
      problems: lhr.runtimeError ? [`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`] : (lhr.runWarnings ?? []),
    };
  } finally {
    await chrome.kill();
  }
}
