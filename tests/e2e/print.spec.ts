import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { pdfText, textHolds } from './pdf-text.ts';
import { ISLANDS, openMap, startMapLibre } from './support.ts';

/** Every control still shown: print has none. */
async function visibleControls(page: Page): Promise<string[]> {
  return page
    .locator('button, input, summary, [role="slider"]')
    .evaluateAll((els) =>
      els
        .filter((e) => (e as HTMLElement).offsetParent !== null || e.getClientRects().length > 0)
        .map((e) => e.outerHTML.slice(0, 80)),
    );
}

test('an island’s panel prints as a briefing: its map, names, status, timeline with citations and the permalink, no controls', async ({
  page,
}) => {
  await openMap(page, '#island=shikotan');
  await expect(page.locator('ol.timeline li').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  expect(await visibleControls(page)).toEqual([]);
  await expect(page.locator('.print-map svg path').first()).toBeVisible();
  await expect(page.locator('#island-panel-title')).toContainText('色丹島');
  await expect(page.locator('#island-panel .status')).toContainText('Sakhalin Oblast');
  await expect(page.locator('#island-panel .permalink')).toHaveText(
    /^Permalink: http:\/\/127\.0\.0\.1:\d+\/#island=shikotan$/,
  );
  const cite = page.locator('#island-panel blockquote cite').first();
  await expect(cite).toBeVisible();
  await expect(cite).toContainText(/(TASS|Inforos|Axar\.az).*\d{4}/);
  // The summary of every event, not only the open one, and both positions.
  await expect(page.locator('[data-event="1956-joint-declaration"] p.print-only')).toBeVisible();
  await expect(page.locator('#island-panel #positions-title')).toBeVisible();
  for (const side of await page.locator('#island-panel .positions .side').all()) await expect(side).toBeVisible();
  await expect(page.locator('#island-panel .positions .side')).toHaveCount(2);
  await expect(page.locator('.map')).toBeHidden();
  await expect(page.locator('.timebar')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

// Print hides every button, and each event's title is one: the PDF's text must still name every event, under its date
// (a title alone may be found in another event's text: "Treaty of Portsmouth").
for (const { id, name } of ISLANDS) {
  test(`${name}’s printed briefing names the island and every event in its text`, async ({ page }) => {
    await openMap(page, `#island=${id}`);
    const panel = page.locator('#island-panel');
    // The map drawn with the panel comes once every event is filled in: the briefing is whole.
    await expect(panel.locator('.print-map')).toBeAttached();
    const events = await panel
      .locator('ol.timeline > li.event')
      .evaluateAll((items) =>
        items.map((li) => `${li.querySelector('time')?.textContent} ${li.querySelector('h4 button')?.textContent}`),
      );
    expect(events.length).toBeGreaterThan(0);
    const names = await panel
      .locator('#island-panel-title')
      .evaluate((h) => [
        h.firstChild?.textContent?.trim() ?? '',
        ...[...h.querySelectorAll('[lang]')].map((n) => n.textContent ?? ''),
      ]);
    expect(names).toContain(name);
    const text = await pdfText(await page.pdf({ format: 'A4' }));
    const missing = [...names, ...events].filter((t) => !textHolds(text, t));
    expect(missing, `not in the text of ${name}’s printed briefing`).toEqual([]);
  });
}

test('the Sources view prints its article list without the map or controls', async ({ page }) => {
  await openMap(page, '#sources');
  await expect(page.locator('#sources-view li[data-article]')).toHaveCount(5);
  await page.emulateMedia({ media: 'print' });
  expect(await visibleControls(page)).toEqual([]);
  for (const item of await page.locator('#sources-view li[data-article]').all()) await expect(item).toBeVisible();
  await expect(page.locator('#sources-view .toc')).toBeHidden();
  await expect(page.locator('.map')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(1000);
});

test('the map at a year prints with its legend and point of view, without the slider', async ({ page }) => {
  await openMap(page, '#year=1950&view=japan');
  await startMapLibre(page);
  await page.emulateMedia({ media: 'print' });
  expect(await visibleControls(page)).toEqual([]);
  await expect(page.locator('.caption')).toContainText('As Japan sees it, in 1950');
  await expect(page.locator('.legend').first()).toBeVisible();
  await expect(page.locator('.map')).toBeVisible();
  // Chromium prints WebGL blank: printing puts the SVG drawing over MapLibre, and takes it away afterwards.
  await expect(page.locator('.maplibregl-canvas')).toBeAttached();
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('svg.svg-map path.focus')).toHaveCount(5);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('svg.svg-map')).toHaveCount(0);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await expect(page.locator('svg.svg-map')).toHaveCount(0);
});
