import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { ISLANDS, labelPoint, openMap, watchPage } from './support.ts';
import { LIGHT } from '../../src/lib/map/palette.ts';

interface ArticleExport {
  id: string;
  text: string;
}

/** Whitespace and quote marks normalised, nothing else: the rule excerpts are held to. */
const normalise = (s: string) =>
  s
    .replace(/[“”„«»″]/g, '"')
    .replace(/[‘’′`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

async function articles(page: Page): Promise<Map<string, string>> {
  const response = await page.request.get('/data/articles.json');
  expect(response.ok()).toBe(true);
  const list = (await response.json()) as ArticleExport[];
  return new Map(list.map((a) => [a.id, normalise(a.text)]));
}

const panel = (page: Page) => page.locator('#island-panel');

for (const { id, name } of ISLANDS) {
  test(`${name}: selecting it on the map shows its history in date order, every excerpt verbatim`, async ({ page }) => {
    const texts = await articles(page);
    await openMap(page);
    const point = await labelPoint(page, id);
    await page.mouse.click(point.x, point.y);
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    const events = panel(page).locator('li.event');
    await expect(events.first()).toBeAttached();
    expect(await events.count()).toBeGreaterThanOrEqual(5);

    const dates = await events.locator('> time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort());

    // The panel fills in its events a few per task; the positions follow once the whole history is in.
    await expect(panel(page).getByRole('heading', { name: 'The two governments’ positions' })).toBeAttached();
    await expect(events.locator('> .actions')).toHaveCount(await events.count());
    const quotes = events.locator('blockquote');
    expect(await quotes.count()).toBeGreaterThan(0);
    for (const quote of await quotes.all()) {
      const text = normalise(await quote.locator('> p').innerText());
      const cite = await quote.locator('cite').innerText();
      expect(cite.length).toBeGreaterThan(10);
      const found = [...texts.values()].some((t) => t.includes(text));
      expect(found, `excerpt not in any article: ${text}`).toBe(true);
    }
  });
}

test('Shikotan: read the 1956 declaration, open the TASS passage, come back', async ({ page }) => {
  await openMap(page, '#island=shikotan&event=1956-joint-declaration');
  const event = panel(page).locator('li[data-event="1956-joint-declaration"]');
  await expect(event).toBeInViewport();
  await expect(event).toContainText('Shikotan');

  const excerpt = event.locator('blockquote').filter({ hasText: 'TASS' }).first();
  const quote = normalise(await excerpt.locator('> p').innerText());
  const scrollBefore = await panel(page)
    .locator('.panel-body')
    .evaluate((e) => e.scrollTop);
  await excerpt.getByRole('button', { name: 'Read in article' }).click();

  const mark = page.locator('#reader-panel mark.current');
  await expect(mark.first()).toBeInViewport();
  const marked = normalise((await mark.allInnerTexts()).join(''));
  expect(marked).toBe(quote);
  await expect(page).toHaveURL(/#island=shikotan&event=1956-joint-declaration&article=[a-z0-9-]+&excerpt=\d+/);

  await page.getByRole('button', { name: 'Back to Shikotan' }).click();
  await expect(page.locator('#reader-panel')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Shikotan' })).toBeVisible();
  await expect(excerpt.getByRole('button', { name: 'Read in article' })).toBeFocused();
  expect(
    await panel(page)
      .locator('.panel-body')
      .evaluate((e) => e.scrollTop),
  ).toBe(scrollBefore);
});

test('the browser’s back and forward buttons walk through views', async ({ page }) => {
  await openMap(page);
  await page.getByRole('button', { name: /^Kunashir \(/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Kunashir' })).toBeVisible();
  await panel(page).getByRole('button', { name: 'Read in article' }).first().click();
  await expect(page.locator('#reader-panel')).toBeVisible();

  await page.goBack();
  await expect(page.locator('#reader-panel')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Kunashir' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(0);
  await page.goForward();
  await expect(page.getByRole('heading', { level: 2, name: 'Kunashir' })).toBeVisible();
  await page.goForward();
  await expect(page.locator('#reader-panel mark.current').first()).toBeVisible();
});

test('deep link to an excerpt opens the reader on the highlighted passage', async ({ page }) => {
  const list = (await (await page.request.get('/data/articles.json')).json()) as (ArticleExport & {
    excerpts: { n: number; quote: string }[];
  })[];
  const article = list.find((a) => a.excerpts.length >= 3)!;
  const excerpt = article.excerpts[2]!;
  await openMap(page, `#article=${article.id}&excerpt=${excerpt.n}`);
  const mark = page.locator('#reader-panel mark.current');
  await expect(mark.first()).toBeInViewport();
  expect(normalise((await mark.allInnerTexts()).join(''))).toBe(normalise(excerpt.quote));
  expect(await page.locator('#reader-panel mark:not(.current)').count()).toBeGreaterThan(0);
});

test('back from an article opened by a bare link returns to the map', async ({ page }) => {
  await openMap(page, '#article=tass-2015-10-08-deputy-ministers&excerpt=1');
  await expect(page.locator('#reader-panel mark.current').first()).toBeInViewport();
  await page.getByRole('button', { name: 'Back to the map' }).click();
  await expect(page.locator('#reader-panel')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(0);
  await expect(page).not.toHaveURL(/article=/);
});

test('deep links with map= keep the view and open the panel', async ({ page }) => {
  await openMap(page, '#island=habomai&event=1956-joint-declaration&map=10/43.5/146.1');
  await expect(page.getByRole('heading', { level: 2, name: 'Habomai' })).toBeVisible();
  await expect(panel(page).locator('li[data-event="1956-joint-declaration"]')).toBeInViewport();
  await expect(page).toHaveURL(/map=10\/43\.5/);
});

test('unknown event and article ids show a notice and a working view', async ({ page }) => {
  const watch = watchPage(page);
  await openMap(page, '#island=iturup&event=1999-nothing');
  await expect(page.getByRole('status').filter({ hasText: '1999-nothing' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Iturup' })).toBeVisible();

  await page.goto('/#article=no-such-article&excerpt=2');
  await expect(page.getByRole('status').filter({ hasText: 'no-such-article' })).toBeVisible();
  await expect(page.locator('#reader-panel')).toHaveCount(0);
  expect(watch.errors).toEqual([]);
});

test('copy citation gives outlet, date, headline and quote', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openMap(page, '#island=hokkaido');
  const excerpt = panel(page).locator('blockquote').first();
  await expect(excerpt).toBeVisible();
  const quote = normalise(await excerpt.locator('> p').innerText());
  await excerpt.getByRole('button', { name: 'Copy citation' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(normalise(copied)).toContain(quote);
  expect(copied).toMatch(/(TASS|Inforos|Axar\.az)/);
  expect(copied).toMatch(/\d{4}/);
  expect(copied).toMatch(/#article=[a-z0-9-]+&excerpt=\d+$/);
});

test('keyboard alone: select, read, open an excerpt, back, close', async ({ page }) => {
  // Dozens of key presses, each waiting for the page: slow on a loaded CPU-only machine.
  test.slow();
  await openMap(page);
  const label = page.getByRole('button', { name: /^Habomai \(/ });
  for (let i = 0; i < 40 && !(await label.evaluate((e) => e === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(label).toBeFocused();
  // Keyboard focus on a label outlines its island on the map.
  await expect(page.locator('svg.svg-map path.focus[data-area="habomai"]').first()).toHaveAttribute(
    'stroke-width',
    '2',
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Habomai' })).toBeFocused();

  const read = panel(page).getByRole('button', { name: 'Read in article' }).first();
  for (let i = 0; i < 80 && !(await read.evaluate((e) => e === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(read).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#reader-panel mark.current').first()).toBeInViewport();
  await expect(page.locator('#reader-title')).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(page.locator('#reader-panel')).toHaveCount(0);
  await expect(read).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(0);
  await expect(label).toBeFocused();
});

test('a tap paints the panel first: the map outlines the island only in a later frame, and a finger leaves no hover outline', async ({
  page,
}) => {
  test.skip(!test.info().project.use.hasTouch, 'taps with a finger: the phone project');
  await openMap(page);
  // Frames counted by requestAnimationFrame; the frame the panel entered the page; every change to the drawing.
  await page.evaluate(() => {
    type Change = { frame: number; area: string | null; name: string; value: string | null; stroke: string | null };
    const log = { frame: 0, panel: -1, map: [] as Change[] };
    Object.assign(window, { __order: log });
    const count = () => {
      log.frame++;
      requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    new MutationObserver(() => {
      if (log.panel < 0 && document.getElementById('island-panel')) log.panel = log.frame;
    }).observe(document.body, { childList: true, subtree: true });
    new MutationObserver((records) => {
      for (const r of records)
        log.map.push({
          frame: log.frame,
          area: (r.target as Element).getAttribute('data-area'),
          name: r.attributeName!,
          value: (r.target as Element).getAttribute(r.attributeName!),
          // The stroke's colour as the change left it: the selection's ink, or the coast's for a hover outline.
          stroke: (r.target as Element).getAttribute('stroke'),
        });
    }).observe(document.querySelector('svg.svg-map')!, { attributes: true, subtree: true });
  });
  const point = await labelPoint(page, 'kunashir');
  await page.touchscreen.tap(point.x, point.y);
  await expect(page.getByRole('heading', { level: 2, name: 'Kunashir' })).toBeVisible();
  await expect(page.locator('svg.svg-map path.focus[data-area="kunashir"]').first()).toHaveAttribute(
    'stroke',
    LIGHT.selectedLine,
  );
  const log = await page.evaluate(
    () =>
      (
        window as unknown as {
          __order: {
            panel: number;
            map: { frame: number; area: string | null; name: string; value: string | null; stroke: string | null }[];
          };
        }
      ).__order,
  );
  expect(log.panel).toBeGreaterThanOrEqual(0);
  expect(log.map.length).toBeGreaterThan(0);
  expect(log.map.filter((m) => m.frame <= log.panel)).toEqual([]);
  // A hover outline is a wider stroke in the coast's colour; the selection's, whose width follows the zoom, is in its own.
  expect(
    log.map.filter((m) => m.area === 'kunashir' && m.name === 'stroke-width' && m.stroke !== LIGHT.selectedLine),
  ).toEqual([]);
});

test('a tap on a label writes the URL once: one history entry naming the island, and the camera framing it writes none', async ({
  page,
}) => {
  await openMap(page, '#map=7/44/146');
  await page.evaluate(() => {
    const writes: string[] = [];
    Object.assign(window, { __writes: writes });
    for (const name of ['pushState', 'replaceState'] as const) {
      const write = history[name].bind(history);
      history[name] = (data, unused, url) => {
        writes.push(`${name} ${String(url)}`);
        write(data, unused, url);
      };
    }
  });
  const before = await page.evaluate(() => history.length);
  const world = page.locator('svg.svg-map > g');
  const start = await world.getAttribute('transform');
  await page.getByRole('button', { name: /^Shikotan \(/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Shikotan' })).toBeVisible();
  // The camera has moved to the island (the drawing's transform), and its outline is drawn.
  await expect(world).not.toHaveAttribute('transform', start!);
  await expect(page.locator('svg.svg-map path.focus[data-area="shikotan"]').first()).toHaveAttribute(
    'stroke-width',
    '3',
  );
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await page.evaluate(() => (window as unknown as { __writes: string[] }).__writes)).toEqual([
    'pushState #island=shikotan',
  ]);
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  await expect(page).toHaveURL(/#island=shikotan$/);
});

test('the panel: beside the map on a desktop; on a phone a bottom sheet dragged between peek, half and full', async ({
  page,
  isMobile,
}) => {
  await openMap(page, '#island=iturup');
  const sheet = panel(page);
  if (!isMobile) {
    const box = (await sheet.boundingBox())!;
    expect(box.x + box.width).toBe(1280);
    expect(box.width).toBeLessThan(500);
    await expect(page.getByRole('button', { name: 'Expand panel' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Iturup \(/ })).toBeInViewport();
    return;
  }
  await expect(sheet).toHaveAttribute('data-snap', 'half');
  const grip = page.getByRole('button', { name: 'Expand panel' });
  const box = (await grip.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y - 150, { steps: 8 });
  await page.mouse.move(x, 60, { steps: 8 });
  await page.mouse.up();
  await expect(sheet).toHaveAttribute('data-snap', 'full');

  const shrink = page.getByRole('button', { name: 'Shrink panel' });
  const top = (await shrink.boundingBox())!;
  await page.mouse.move(x, top.y + 10);
  await page.mouse.down();
  await page.mouse.move(x, 780, { steps: 12 });
  await page.mouse.up();
  await expect(sheet).toHaveAttribute('data-snap', 'peek');
  // The selected island stays in view above the sheet.
  await expect(page.getByRole('button', { name: /^Iturup \(/ })).toBeInViewport();
});

interface DocumentExport {
  issuer: string;
  title: string;
  date: string | null;
  url: string | null;
  database: string | null;
}
interface EventExport {
  id: string;
  previousIds: string[];
  sources: ({ kind: 'excerpt' } | { kind: 'document'; document: DocumentExport })[];
}

test('Iturup: each primary document names its issuer and date and links to a public copy; positions are dated; the population is sourced', async ({
  page,
}) => {
  const events = new Map(
    ((await (await page.request.get('/data/events.json')).json()) as EventExport[]).map((e) => [e.id, e]),
  );
  const geo = (await (await page.request.get('/data/islands.geojson')).json()) as {
    features: { properties: { id: string; population: { date: string; count: number; who: string }[] } }[];
  };
  const watch = watchPage(page);
  await openMap(page, '#island=iturup');
  await expect(panel(page).getByRole('heading', { name: 'The two governments’ positions' })).toBeAttached();

  for (const item of await panel(page).locator('li.event').all()) {
    const event = events.get((await item.getAttribute('data-event'))!)!;
    const documents = event.sources.flatMap((s) => (s.kind === 'document' ? [s.document] : []));
    const shown = item.locator('p.document');
    await expect(shown).toHaveCount(documents.length);
    for (const [i, d] of documents.entries()) {
      const p = shown.nth(i);
      await expect(p).toContainText(d.issuer);
      if (d.date) await expect(p.locator('time')).toHaveAttribute('datetime', d.date);
      else await expect(p).toContainText('undated (read ');
      if (d.url) {
        const link = p.getByRole('link');
        await expect(link).toHaveAttribute('href', d.url);
        await expect(link).toHaveAttribute('target', '_blank');
        await expect(link).toHaveAttribute('rel', /noopener/);
        expect(d.url).toMatch(/^https?:\/\//);
      } else {
        await expect(p).toContainText(d.database!);
      }
    }
  }

  const positions = panel(page).locator('.positions .side');
  await expect(positions).toHaveCount(2);
  for (const side of await positions.all())
    await expect(side.locator('.as-of time')).toHaveAttribute('datetime', /^\d{4}(-\d{2}){0,2}$/);

  const population = geo.features.find((f) => f.properties.id === 'iturup')!.properties.population;
  expect(population.length).toBeGreaterThan(0);
  const figures = panel(page).locator('.population > li');
  await expect(figures).toHaveCount(population.length);
  for (const [i, figure] of population.entries()) {
    await expect(figures.nth(i).locator('strong')).toHaveText(figure.count.toLocaleString('en'));
    await expect(figures.nth(i)).toContainText(figure.who);
    await expect(figures.nth(i).locator('> time')).toHaveAttribute('datetime', figure.date);
    await expect(figures.nth(i).locator('p.document')).toHaveCount(1);
  }
  expect(watch.errors).toEqual([]);
});

test('a link to an event by its former id opens the event under its id now, without a notice', async ({ page }) => {
  const events = (await (await page.request.get('/data/events.json')).json()) as EventExport[];
  const renamed = events.find((e) => e.previousIds.length > 0)!;
  await openMap(page, `#event=${renamed.previousIds[0]}`);
  await expect(page).toHaveURL(new RegExp(`#island=[a-z]+&event=${renamed.id}&year=\\d{4}`));
  await expect(panel(page).locator(`li[data-event="${renamed.id}"]`)).toBeInViewport();
  await expect(page.getByRole('status').filter({ hasText: renamed.previousIds[0]! })).toHaveCount(0);
});
