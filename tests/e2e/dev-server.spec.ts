import { readFileSync, writeFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { DEV_ORIGIN } from './servers.ts';
import { expect, test } from './fixtures.ts';
import { openMap, watchPage } from './support.ts';

// The README's first command, `npm run dev`, started by playwright.config.ts on a port of its own: the page a
// developer or an editor of content/ sees first must work as the build does.
test('the dev server serves a working explainer: map, an island panel and the article reader, with no error', async ({
  page,
}) => {
  const watch = watchPage(page, DEV_ORIGIN);
  await openMap(page);
  await expect(page.locator('vite-error-overlay')).toHaveCount(0);
  await page.getByRole('button', { name: /^Shikotan \(/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Shikotan' })).toBeVisible();
  await page.locator('#island-panel').getByRole('button', { name: 'Read in article' }).first().click();
  await expect(page.locator('#reader-panel mark.current').first()).toBeInViewport();
  expect(watch.errors).toEqual([]);
  expect(watch.failedRequests).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test.describe.configure({ mode: 'serial' });

// An editor's change to content/ shows on a reload, without restarting the server (the history plugin and the
// content plugin both watch their files). The files are put back as they were, whatever happens.
test('a change to an event or a period shows on reload', async ({ page }) => {
  const edits = [
    { file: 'content/events/1855-shimoda.yaml', path: ['title'], marker: 'EDITED-EVENT' },
    { file: 'content/periods/shikotan.yaml', path: ['periods', 0, 'state_label'], marker: 'EDITED-PERIOD' },
  ];
  const originals = edits.map((e) => readFileSync(e.file, 'utf8'));
  try {
    await openMap(page, '#island=shikotan&year=1900');
    await expect(page.locator('#island-panel li.event').first()).toBeVisible();
    edits.forEach((e, i) => {
      const doc = parseDocument(originals[i]!);
      doc.setIn(e.path, `${String(doc.getIn(e.path))} ${e.marker}`);
      writeFileSync(e.file, doc.toString());
    });
    await expect(async () => {
      await page.reload();
      await expect(page.locator('#island-panel li[data-event="1855-shimoda"]')).toContainText('EDITED-EVENT', {
        timeout: 5_000,
      });
    }).toPass({ timeout: 30_000 });
    await page.getByText('Who held each area in 1900').click();
    await expect(page.locator('.holders li[data-area="shikotan"]')).toContainText('EDITED-PERIOD');
  } finally {
    edits.forEach((e, i) => writeFileSync(e.file, originals[i]!));
  }
});
