import { describe, expect, it } from 'vitest';
import { SITE_TITLE, documentTitle } from './document-title.ts';

describe('documentTitle', () => {
  it('is the site title for the overview', () => {
    expect(documentTitle({})).toBe(SITE_TITLE);
  });

  it('names an open island first', () => {
    expect(documentTitle({ island: { nameEn: 'Shikotan' } })).toBe(`Shikotan — treaty history — ${SITE_TITLE}`);
  });

  it('names the event of an event link before its island', () => {
    const title = documentTitle({
      island: { nameEn: 'Habomai' },
      event: { title: 'Soviet–Japanese Joint Declaration', year: 1956 },
    });
    expect(title).toBe(`Soviet–Japanese Joint Declaration (1956) — Habomai — treaty history — ${SITE_TITLE}`);
  });

  it('names the article open in the reader, with its outlet', () => {
    const title = documentTitle({
      island: { nameEn: 'Kunashir' },
      article: { headline: 'Lavrov and Kono meet', outlet: 'TASS' },
    });
    expect(title).toBe(`Lavrov and Kono meet (TASS) — ${SITE_TITLE}`);
  });

  it('names the year and the point of view of a map link', () => {
    expect(documentTitle({ year: 1956 })).toBe(`1956 — the map of the islands — ${SITE_TITLE}`);
    expect(documentTitle({ year: 1950, viewpoint: 'japan' })).toBe(
      `1950, as Japan sees it — the map of the islands — ${SITE_TITLE}`,
    );
    expect(documentTitle({ viewpoint: 'russia' })).toBe(
      `Today, as Russia sees it — the map of the islands — ${SITE_TITLE}`,
    );
  });
});
