import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { openMap, untilIdle, watchPage } from './support.ts';

/** Whitespace and quote marks normalised, nothing else: the rule excerpts are held to. */
const normalise = (s: string) =>
  s
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

const field = (page: Page) => page.getByRole('searchbox', { name: 'Search events, quotes and articles' });
const results = (page: Page) => page.locator('#search-panel a.result');
const hrefs = (page: Page) => results(page).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));

async function searchFor(page: Page, words: string): Promise<void> {
  await field(page).fill(words);
  await expect(page.locator('#search-summary')).toContainText(`“${words}”`);
}

test('the search index is not part of the first view: it is fetched when search is first opened', async ({ page }) => {
  const watch = watchPage(page);
  const fetched: string[] = [];
  page.on('request', (r) => /search-view/.test(new URL(r.url()).pathname) && fetched.push(r.url()));
  await openMap(page);
  await page.getByRole('button', { name: /^Shikotan \(/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Shikotan' })).toBeVisible();
  await untilIdle(page);
  expect(fetched).toEqual([]);

  await page.getByRole('link', { name: 'Search' }).click();
  await expect(field(page)).toBeFocused();
  expect(fetched.length).toBeGreaterThan(0);
  expect(watch.foreignRequests).toEqual([]);
  expect(watch.errors).toEqual([]);
});

test('finds by a word of an excerpt, a name, a misspelling and a date; nothing for a word in no content', async ({
  page,
}) => {
  await openMap(page, '#q=');
  await searchFor(page, 'acceptable');
  await expect(
    page.locator('#search-panel .passage.quote', { hasText: 'look for solutions that would be acceptable' }),
  ).toBeVisible();
  await expect(page.locator('#search-panel mark', { hasText: /^acceptable$/ }).first()).toBeVisible();

  await searchFor(page, 'Lavrov');
  expect(await hrefs(page)).toContain('#island=iturup&event=2015-lavrov-kishida-moscow&year=2015');

  await searchFor(page, 'Lavrof');
  expect(await hrefs(page)).toContain('#island=iturup&event=2015-lavrov-kishida-moscow&year=2015');

  await searchFor(page, 'Шикотан');
  expect((await hrefs(page))[0]).toBe('#island=shikotan');

  await searchFor(page, 'October 1956');
  await expect(page.locator('#search-panel h3', { hasText: 'Events' })).toBeVisible();
  expect((await hrefs(page))[0]).toContain('event=1956-joint-declaration');

  await searchFor(page, 'xylophone');
  await expect(page.locator('#search-summary')).toHaveText('Nothing found for “xylophone”.');
  await expect(results(page)).toHaveCount(0);
});

test('the query is in the URL: a search is a link, and Back and Forward step through it', async ({ page }) => {
  await openMap(page, '#q=October%201956');
  await expect(field(page)).toHaveValue('October 1956');
  expect((await hrefs(page))[0]).toContain('event=1956-joint-declaration');

  await page.goto('/');
  await expect(page.locator('main[data-map-ready="true"]')).toBeVisible({ timeout: 45_000 });
  await page.keyboard.press('/');
  await expect(field(page)).toBeFocused();
  await page.keyboard.type('medvedev');
  // The camera's resting place may follow (`&map=`), as it does in every view.
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#q=medvedev(&map=[\d./-]+)?$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Kunashir' })).toBeVisible();
  await expect(page.locator('[data-event="2010-medvedev-kunashir"]')).toBeVisible();
  expect(await page.evaluate(() => location.hash)).toMatch(
    /^#island=kunashir&event=2010-medvedev-kunashir&year=2010(&map=[\d./-]+)?$/,
  );

  await page.goBack();
  await expect(field(page)).toHaveValue('medvedev');
  await expect(page.getByRole('heading', { level: 2, name: 'Kunashir' })).toHaveCount(0);
  await page.goBack();
  await expect(page.locator('#search-panel')).toHaveCount(0);
  await page.goForward();
  await expect(field(page)).toHaveValue('medvedev');
  await page.keyboard.press('Escape');
  await expect(page.locator('#search-panel')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Search' })).toBeFocused();
});

test('a passage no event cites opens in the reader at that paragraph, and the reader goes back to the results', async ({
  page,
}) => {
  await openMap(page, '#q=');
  await searchFor(page, 'Russians visited March');
  const paragraph = results(page).and(page.locator('[href*="para="]')).first();
  await expect(paragraph).toBeVisible();
  const href = (await paragraph.getAttribute('href'))!;
  const n = Number(/para=(\d+)/.exec(href)![1]);
  await paragraph.click();
  const current = page.locator('#reader-panel p.current');
  await expect(current).toBeInViewport();
  expect(
    await page
      .locator('#reader-panel .body p')
      .nth(n - 1)
      .evaluate((p) => p.classList.contains('current')),
  ).toBe(true);
  await expect(current).toContainText('visited Japan in March 2019');
  await page.getByRole('button', { name: 'Back to the search' }).click();
  await expect(field(page)).toHaveValue('Russians visited March');
});

test('Lavrov in 2015: Search, the words, Copy citation gives the outlet, the date and the exact quote', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openMap(page);
  // 1: Search. 2: the words. 3: Copy citation on the quote.
  await page.getByRole('link', { name: 'Search' }).click();
  await field(page).fill('Lavrov 2015');
  const quote = page.locator('#search-panel .passage.quote', { hasText: 'post-war historic realities' });
  await quote.getByRole('button', { name: 'Copy citation' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());

  const href = (await quote.locator('a.result').getAttribute('href'))!;
  const [, id, n] = /article=([a-z0-9-]+)&excerpt=(\d+)/.exec(href)!;
  const articles = (await (await page.request.get('/data/articles.json')).json()) as {
    id: string;
    text: string;
    excerpts: { n: number; start: number; end: number }[];
  }[];
  const article = articles.find((a) => a.id === id)!;
  const excerpt = article.excerpts.find((e) => e.n === Number(n))!;
  expect(normalise(copied)).toContain(normalise(article.text.slice(excerpt.start, excerpt.end)));
  expect(copied).toContain('TASS');
  expect(copied).toContain('8 October 2015');
  expect(copied).toContain('Sergey Lavrov');
  expect(copied).toMatch(new RegExp(`#article=${id}&excerpt=${n}$`));
});

test('Sources from the search replaces it, and Back returns to the results', async ({ page }) => {
  await openMap(page, '#q=kono');
  await expect(results(page).first()).toBeVisible();
  await page.getByRole('link', { name: 'Sources' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Sources and the record' })).toBeVisible();
  await expect(page.locator('#search-panel')).toHaveCount(0);
  await page.goBack();
  await expect(field(page)).toHaveValue('kono');
});
