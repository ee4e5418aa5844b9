import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { openMap } from './support.ts';

/** Every visible control smaller than 44×44 CSS px, except links inside a sentence (WCAG's inline exception). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      'button, a[href], input, label:has(input), select, summary, [role="slider"], [tabindex="0"]',
    );
    return [...controls].flatMap((el) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (
        r.width === 0 ||
        r.height === 0 ||
        style.visibility === 'hidden' ||
        el.closest('[inert], [aria-hidden="true"]')
      )
        return [];
      if (el.matches('a') && el.closest('p, li, blockquote, figcaption')) return [];
      if (el.matches('input[type="radio"], input[type="range"]') && el.closest('label')) {
        const box = el.closest('label')!.getBoundingClientRect();
        if (box.width >= 44 && box.height >= 44) return [];
      }
      if (r.width >= 43.5 && r.height >= 43.5) return [];
      const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? el.tagName;
      return [`${el.tagName.toLowerCase()} "${name}" ${Math.round(r.width)}×${Math.round(r.height)}`];
    });
  });
}

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  for (const hash of [
    '',
    '#island=shikotan',
    '#article=tass-2015-10-08-deputy-ministers&excerpt=1',
    '#year=1910',
    '#sources',
  ]) {
    test(`every control is at least 44×44 px on ${hash || 'the overview'}`, async ({ page }) => {
      await openMap(page, hash);
      expect(await smallTargets(page)).toEqual([]);
    });
  }
});
