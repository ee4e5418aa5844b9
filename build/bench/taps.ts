/**
 * Tap to panel, the explainer alone, unthrottled: on one phone page, once the map is fully interactive (or, if it
 * never becomes so, on what the page shows), each island is tapped by its HTML label (its button) and by its land
 * (the map's canvas or SVG at the label's anchor point, which is on the island), `rounds` times. For each tap: the
 * script time of its input-event tasks, and the time from the tap's pointer event to the end of the frame that first
 * painted the panel (build/bench/page-hooks.ts). Between taps: Escape, and the overview again.
 */
import type { Browser, Page } from '@playwright/test';
import { phoneContext } from './browser.ts';
import { PAGE_HOOKS } from './page-hooks.ts';
import { poll } from './round.ts';

export const ISLAND_IDS = ['iturup', 'kunashir', 'shikotan', 'habomai', 'hokkaido'] as const;
export type TapMode = 'label' | 'land';

export interface TapSample {
  mode: TapMode;
  island: string;
  /** ms, tap's first input event to the end of the frame that painted the panel. */
  toPanel: number;
  /** ms of script in the tap's input-event handlers (Event Timing: processingStart to processingEnd, summed). */
  script: number;
  /** The longest of the tap's events, from its time stamp to the next paint (the browser's INP measure), ms. */
  eventDuration: number;
  /** ms of script in long animation frames between the tap and the panel's frame, if any. */
  longFrameScript: number;
  /** What the tap landed on (tag and class), for the land taps. */
  target: string;
}

export interface TapResult {
  samples: TapSample[];
  renderer: 'maplibre' | 'svg';
  problems: string[];
}

interface TapState {
  start: number | null;
  painted: number | null;
  done: boolean;
}

async function settle(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await poll(page, `!document.getElementById('island-panel')`, 10_000);
  const overview = page.getByRole('button', { name: 'Show all islands' });
  if (await overview.isVisible().catch(() => false)) await overview.click().catch(() => {});
  await page.waitForTimeout(1200);
}

export async function runTaps(browser: Browser, origin: string, rounds: number): Promise<TapResult> {
  const context = await phoneContext(browser);
  const problems: string[] = [];
  const samples: TapSample[] = [];
  try {
    const page = await context.newPage();
    await page.addInitScript(PAGE_HOOKS);
    await page.goto(`${origin}/`);
    if (!(await poll(page, `!!document.querySelector('[data-map-ready="true"]')`, 90_000)))
      problems.push('the map was not fully interactive: taps on what the page showed');
    await page.waitForTimeout(1500);
    const renderer = (await page.locator('canvas.maplibregl-canvas').count()) ? 'maplibre' : 'svg';
    for (let round = 0; round < rounds; round++) {
      for (const mode of ['label', 'land'] as const) {
        for (const island of ISLAND_IDS) {
          const button = page.locator(`button[data-island="${island}"]`);
          if (!(await button.isVisible().catch(() => false))) {
            problems.push(`${island}'s label not on screen (${mode} tap skipped)`);
            continue;
          }
          await page.evaluate('window.__bench.arm()');
          let target = 'label';
          if (mode === 'label') {
            await button.tap();
          } else {
            const box = await page.locator(`li:has(> button[data-island="${island}"])`).boundingBox();
            if (!box) continue;
            target = (await page.evaluate(
              `(() => { const e = document.elementFromPoint(${box.x}, ${box.y}); return e ? e.tagName.toLowerCase() + (e.getAttribute('class') ? '.' + e.getAttribute('class').split(' ')[0] : '') : 'nothing'; })()`,
            )) as string;
            await page.touchscreen.tap(box.x, box.y);
          }
          const done = await poll(page, 'window.__bench.tap.done', 10_000);
          const tap = (await page.evaluate('window.__bench.tap')) as TapState;
          if (!done || tap.start === null || tap.painted === null) {
            problems.push(`${mode} tap on ${island} (${target}) opened no panel`);
          } else {
            const { painted, start } = tap;
            // Event Timing entries reach the observer after the frame they end in: give them a moment.
            await page.waitForTimeout(100);
            const [script, eventDuration, longFrameScript] = (await page.evaluate(
              `(() => { const b = window.__bench; const ev = b.events.filter((e) => e.start >= ${start} - 1 && e.start <= ${painted});
                return [ev.reduce((s, e) => s + e.processingEnd - e.processingStart, 0), ev.reduce((m, e) => Math.max(m, e.duration), 0),
                  b.loaf.filter((f) => f.start + f.duration >= ${start} && f.start <= ${painted}).reduce((s, f) => s + f.script, 0)]; })()`,
            )) as [number, number, number];
            samples.push({ mode, island, toPanel: painted - start, script, eventDuration, longFrameScript, target });
          }
          await settle(page);
        }
      }
    }
    return { samples, renderer, problems };
  } finally {
    await context.close();
  }
}
