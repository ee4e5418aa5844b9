import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { audit, openMap, watchPage } from './support.ts';
import { parseCsv } from '../../build/content/test-helpers.ts';

const ARTICLES = [
  'tass-2015-10-08-deputy-ministers',
  'tass-2018-12-19-kono-new-mechanism',
  'inforos-2019-02-18-suga-munich-talks',
  'axar-az-2019-05-10-kono-lavrov-moscow',
  'tass-2019-05-11-kono-sapporo',
];

const sources = (page: Page) => page.locator('#sources-view');
const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();
/** A URL ending in this view, with or without the camera the map records after it (`&map=…`). */
const view = (hash: string) => new RegExp(`${hash.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(&map=[0-9./-]+)?$`);

test('the Sources view lists all five articles with their dates, and opens one in the reader and back', async ({
  page,
}) => {
  const watch = watchPage(page);
  await openMap(page, '#sources');
  await expect(page.getByRole('heading', { level: 2, name: 'Sources and the record' })).toBeVisible();
  const items = sources(page).locator('li[data-article]');
  await expect(items).toHaveCount(5);
  expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-article')))).toEqual(ARTICLES);
  for (const item of await items.all()) {
    await expect(item.locator('time')).toHaveText(/^\d{1,2} [A-Z][a-z]+ 20\d\d$/);
    await expect(item.locator('.printed, .inferred')).toHaveCount(1);
    await expect(item.locator('[data-excerpts]')).toHaveText(/^\d+ passages? quoted$/);
  }
  await expect(items.filter({ hasText: 'Inforos, citing TASS' }).locator('.inferred')).toHaveText('date inferred');
  await expect(items.filter({ hasText: 'Inforos, citing TASS' })).toContainText('How the date was inferred');
  // The primary documents beside them, by issuer, title and date, each with where to read it.
  const events = (await (await page.request.get('/data/events.json')).json()) as {
    sources: (
      | { kind: 'excerpt' }
      | {
          kind: 'document';
          document: { title: string; date: string | null; url: string | null; database: string | null };
        }
    )[];
  }[];
  const cited = events.flatMap((e) => e.sources.flatMap((s) => (s.kind === 'document' ? [s.document] : [])));
  const documents = sources(page).locator('.documents > li');
  expect(await documents.count()).toBeGreaterThan(0);
  for (const d of cited) {
    const dated = d.date
      ? documents.filter({ has: page.locator(`time[datetime="${d.date}"]`) })
      : documents.filter({ hasText: 'undated (read ' });
    const entry = dated.filter({ hasText: normalise(d.title) });
    await expect(entry.first(), d.title).toBeAttached();
    if (d.url) await expect(entry.first().locator(`a[href="${d.url}"][target="_blank"]`)).toHaveCount(1);
    else await expect(entry.first()).toContainText(d.database!);
  }

  await items.filter({ hasText: 'Inforos' }).getByRole('link').first().click();
  await expect(page).toHaveURL(view('#sources&article=inforos-2019-02-18-suga-munich-talks'));
  await expect(page.locator('#reader-title')).toHaveText(/heated exchange of views between Kono, Lavrov/);
  await expect(sources(page)).toBeHidden();
  await page.getByRole('button', { name: 'Back to the sources' }).click();
  await expect(page).toHaveURL(view('#sources'));
  await expect(sources(page)).toBeVisible();
  await expect(page.locator('#reader-panel')).toHaveCount(0);
  expect(watch.foreignRequests).toEqual([]);
  expect(watch.errors).toEqual([]);
});

test('an event cited by an article opens in its island’s panel', async ({ page }) => {
  await openMap(page, '#sources');
  await sources(page)
    .locator('li[data-article="tass-2019-05-11-kono-sapporo"] a[data-event-link="2019-kono-sapporo"]')
    .click();
  await expect(page).toHaveURL(/#island=[a-z]+&event=2019-kono-sapporo&year=2019(&map=[0-9./-]+)?$/);
  await expect(page.locator('[data-event="2019-kono-sapporo"]')).toBeVisible();
  await expect(sources(page)).toHaveCount(0);
});

test('#sources round-trips: reached from an island by the masthead link, kept on reload, and closed back to the island', async ({
  page,
}) => {
  await openMap(page, '#island=shikotan&year=1956');
  await page.getByRole('link', { name: 'Sources', exact: true }).click();
  await expect(page).toHaveURL(view('#sources&island=shikotan&year=1956'));
  await expect(sources(page)).toBeVisible();
  await page.reload();
  await expect(sources(page).locator('li[data-article]')).toHaveCount(5);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(view('#island=shikotan&year=1956'));
  await expect(page.getByRole('heading', { level: 2, name: /Shikotan/ })).toBeVisible();

  // The browser's Back and Forward go through it too.
  await page.getByRole('link', { name: 'Sources', exact: true }).click();
  await expect(sources(page)).toBeVisible();
  await page.goBack();
  await expect(sources(page)).toHaveCount(0);
  await page.goForward();
  await expect(sources(page)).toBeVisible();
  await page.getByRole('button', { name: 'Close the sources' }).click();
  await expect(sources(page)).toHaveCount(0);

  await page.goto('/#sources=please');
  await expect(page.getByRole('status').filter({ hasText: '#sources takes no value' })).toBeVisible();
});

test('how to cite the explainer: title, versions, last-changed day and permalink, in three formats that copy', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openMap(page, '#sources');
  const manifest = (await (await page.request.get('/data/manifest.json')).json()) as {
    appVersion: string;
    contentVersion: string;
    lastChanged: string;
  };
  const cite = sources(page).locator('.cite');
  const plain = cite.locator('[data-format="plain"] .text');
  await expect(plain).toContainText('The southern Kurils / Northern Territories: a map and its treaty history.');
  await expect(plain).toContainText(`version ${manifest.appVersion} (content ${manifest.contentVersion}, last changed`);
  await expect(plain).toContainText(`${new URL(page.url()).origin}/ (accessed`);

  await cite.getByRole('button', { name: 'Copy BibTeX citation' }).click();
  const bib = await page.evaluate(() => navigator.clipboard.readText());
  expect(bib).toMatch(/^@misc\{kurils-explainer-[\d-]+,\n/);
  expect(bib).toContain(`version = {${manifest.appVersion}}`);
  expect(bib).toContain(`last changed ${manifest.lastChanged}`);

  await cite.getByRole('button', { name: 'Copy CSL-JSON citation' }).click();
  const [csl] = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as {
    type: string;
    URL: string;
    issued: { 'date-parts': number[][] };
  }[];
  expect(csl!.type).toBe('webpage');
  expect(csl!.URL).toBe(`${new URL(page.url()).origin}/`);
  expect(csl!.issued['date-parts'][0]!.join('-')).toBe(manifest.lastChanged.split('-').map(Number).join('-'));

  await cite.getByRole('button', { name: 'Copy Plain citation' }).click();
  expect(normalise(await page.evaluate(() => navigator.clipboard.readText()))).toBe(normalise(await plain.innerText()));

  // The record beside it: its version and day are the manifest's.
  await expect(sources(page).locator('#sources-changes-title + p')).toContainText(
    `Content version ${manifest.contentVersion}`,
  );
  await expect(sources(page).locator('[data-version]').first()).toHaveAttribute(
    'data-version',
    manifest.contentVersion,
  );
});

test('copied citations of an excerpt and of an event carry outlet, date and the exact words', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openMap(page, '#island=shikotan&event=2015-lavrov-kishida-moscow');
  const event = page.locator('[data-event="2015-lavrov-kishida-moscow"]');
  const excerpt = event.locator('blockquote').first();
  const quote = normalise(await excerpt.locator('> p').innerText());
  await excerpt.getByRole('button', { name: 'Copy citation' }).click();
  const copied = normalise(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied).toContain(`“${quote}”`);
  expect(copied).toMatch(/TASS/);
  expect(copied).toMatch(/\d{1,2} [A-Z][a-z]+ 20\d\d/);

  await event.locator(':scope > .actions').getByRole('button', { name: 'Copy citation' }).click();
  const cited = normalise(await page.evaluate(() => navigator.clipboard.readText()));
  expect(cited).toMatch(/^Lavrov and Kishida meet in Moscow, 21 September 2015\. In: The southern Kurils/);
  expect(cited).toContain(
    'Sources: TASS, “Russian, Japanese deputy foreign ministers to discuss peace treaty problems in Moscow”, 8 October 2015',
  );
  expect(cited).toMatch(/#island=shikotan&event=2015-lavrov-kishida-moscow&year=2015$/);

  // A primary document's citation, from the Sources view: who, the title as published, when, and where to read it.
  await page.goto('/#sources');
  const document = sources(page)
    .locator('.documents > li')
    .filter({ has: page.locator('a[target="_blank"]') })
    .first();
  const href = (await document.locator('a[target="_blank"]').getAttribute('href'))!;
  const title = normalise(await document.locator('a[target="_blank"]').innerText());
  const date = normalise(await document.locator('time').innerText());
  await document.getByRole('button', { name: 'Copy citation' }).click();
  const citation = normalise(await page.evaluate(() => navigator.clipboard.readText()));
  expect(citation).toContain(`${title}, ${date}`);
  expect(citation).toContain(href);
});

test('every download is listed with its size and is valid: five areas, a CSV row per event source, JSON that parses', async ({
  page,
}) => {
  await openMap(page, '#sources');
  const items = sources(page).locator('li[data-download]');
  await expect(items).toHaveCount(5);
  const files = await items.evaluateAll((els) =>
    els.map((e) => ({
      file: e.getAttribute('data-download')!,
      href: e.querySelector('a')!.getAttribute('href')!,
      bytes: Number(e.querySelector('[data-bytes]')!.getAttribute('data-bytes')),
    })),
  );
  expect(files.map((f) => f.file)).toEqual([
    'data/islands.geojson',
    'data/events.json',
    'data/events.csv',
    'data/articles.json',
    'data/changelog.json',
  ]);
  const body = new Map<string, Buffer>();
  for (const f of files) {
    const response = await page.request.get(new URL(f.href, page.url()).href);
    expect(response.status(), f.file).toBe(200);
    const bytes = await response.body();
    expect(bytes.length, `${f.file}: the size shown is the file's`).toBe(f.bytes);
    body.set(f.file, bytes);
  }
  for (const item of await items.all()) {
    await expect(item).toContainText('Licence:');
    await expect(item).toContainText('Attribution:');
    await expect(item.locator('details dt').first()).toBeAttached();
  }

  const geo = JSON.parse(body.get('data/islands.geojson')!.toString('utf8')) as {
    type: string;
    features: { properties: { id: string } }[];
  };
  expect(geo.type).toBe('FeatureCollection');
  expect(geo.features.map((f) => f.properties.id)).toEqual(['iturup', 'kunashir', 'shikotan', 'habomai', 'hokkaido']);

  const events = JSON.parse(body.get('data/events.json')!.toString('utf8')) as { id: string; sources: unknown[] }[];
  const articles = JSON.parse(body.get('data/articles.json')!.toString('utf8')) as unknown[];
  const changelog = JSON.parse(body.get('data/changelog.json')!.toString('utf8')) as {
    contentVersion: string;
    entries: unknown[];
  };
  expect(Array.isArray(events) && Array.isArray(articles)).toBe(true);
  expect(articles).toHaveLength(5);
  expect(changelog.entries.length).toBeGreaterThan(0);
  const manifest = (await (await page.request.get('/data/manifest.json')).json()) as {
    contentVersion: string;
    files: { path: string; bytes: number }[];
  };
  expect(manifest.contentVersion).toBe(changelog.contentVersion);
  expect(manifest.files.map((f) => [`data/${f.path}`, f.bytes])).toEqual(files.map((f) => [f.file, f.bytes]));

  const csv = body.get('data/events.csv')!.toString('utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parseCsv(csv.slice(1));
  expect(header!.slice(0, 2)).toEqual(['event_id', 'date']);
  expect(header).toContain('quote');
  // One row per event and source, as docs/data.md documents.
  expect(rows).toHaveLength(events.reduce((n, e) => n + e.sources.length, 0));
  expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(events.map((e) => e.id)));
  for (const r of rows) expect(r).toHaveLength(header!.length);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the Sources view (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openMap(page, '#sources');
    await expect(sources(page).locator('li[data-article]')).toHaveCount(5);
    // The data dictionaries open too, so their contents are checked.
    for (const summary of await sources(page).locator('summary').all()) await summary.click();
    expect(await audit(page)).toEqual([]);
  });
}
