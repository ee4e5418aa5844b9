import { CONTENT_SECURITY_POLICY } from '../../build/csp.ts';
import { expect, test } from './fixtures.ts';
import { openFullMap } from './support.ts';

// The policy the README documents, as a header and as the built page's own <meta>; the fixture fails any test
// in which the page reports a violation of it.
test('the page is served under the strict policy, carries it as a <meta>, and draws the full map under it', async ({
  page,
}) => {
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    CONTENT_SECURITY_POLICY,
  );
  await openFullMap(page, '#island=shikotan');
  await expect(page.locator('canvas.maplibregl-canvas')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Shikotan' })).toBeVisible();
});
