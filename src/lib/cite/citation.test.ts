import { describe, expect, it } from 'vitest';
import type { Article } from '../content/types.ts';
import {
  bibtexEscape,
  CITATION_TITLE,
  citeEvent,
  citeExcerpt,
  citeExplainerBibtex,
  citeExplainerCsl,
  citeExplainerPlain,
  excerptAttribution,
  excerptKindLabel,
  outletLabel,
  publishedLabel,
} from './citation.ts';

const tass = {
  outlet: 'TASS',
  agency: null,
  headline: 'Japanese top diplomat calls for stepping up peace treaty talks with Russia - TV',
  published: { date: '2019-05-11', basis: 'printed' as const, note: null },
};
const inforos = {
  outlet: 'Inforos',
  agency: 'TASS',
  headline: 'Japanese cabinet spokesman mentions heated exchange of views between Kono, Lavrov',
  published: { date: '2019-02-18', basis: 'inferred' as const, note: 'Monday after 16 February' },
};

describe('citation', () => {
  it('marks an inferred publication date', () => {
    expect(publishedLabel(tass)).toBe('11 May 2019');
    expect(publishedLabel(inforos)).toBe('18 February 2019 (date inferred)');
  });

  it('names the agency an outlet cites', () => {
    expect(outletLabel(tass)).toBe('TASS');
    expect(outletLabel(inforos)).toBe('Inforos, citing TASS');
  });

  it('cites a quoted person with outlet, headline, date and link', () => {
    expect(
      citeExcerpt(
        { quote: 'We would like to\n complete these talks', speaker: 'Taro Kono', excerptKind: 'quotation' },
        tass,
        'https://example.org/#article=a&excerpt=1',
      ),
    ).toBe(
      '“We would like to complete these talks” — Taro Kono, quoted by TASS, “Japanese top diplomat calls for stepping up peace treaty talks with Russia - TV”, 11 May 2019. https://example.org/#article=a&excerpt=1',
    );
  });

  it('cites an unattributed passage to its outlet, with the date marked inferred', () => {
    expect(
      citeExcerpt({ quote: 'Kono told reporters later.', speaker: null, excerptKind: 'paraphrase' }, inforos, 'L'),
    ).toBe(
      '“Kono told reporters later.” — Inforos, citing TASS (the outlet’s words), “Japanese cabinet spokesman mentions heated exchange of views between Kono, Lavrov”, 18 February 2019 (date inferred). L',
    );
  });

  it('marks a paraphrase as the outlet’s words, never as the person’s or government’s own', () => {
    expect(excerptAttribution({ excerptKind: 'paraphrase', speaker: 'Sergey Lavrov' }, tass)).toBe(
      'TASS, paraphrasing Sergey Lavrov',
    );
    expect(excerptAttribution({ excerptKind: 'paraphrase', speaker: null }, tass)).toBe('TASS (the outlet’s words)');
    expect(excerptAttribution({ excerptKind: 'quotation', speaker: 'Taro Kono' }, tass)).toBe(
      'Taro Kono, quoted by TASS',
    );
    expect(excerptKindLabel({ excerptKind: 'paraphrase' }, inforos)).toBe(
      'Paraphrase by Inforos, citing TASS, not a quotation',
    );
    expect(excerptKindLabel({ excerptKind: 'quotation' }, tass)).toBe('Quotation');
  });
});

const edition = {
  appVersion: '0.1.0',
  contentVersion: '1.2.0',
  lastChanged: '2026-12-02',
  url: 'https://example.org/kurils/',
};

describe('citing the explainer', () => {
  it('gives title, versions, the day the content last changed, the address and the day accessed, in a plain style', () => {
    expect(citeExplainerPlain(edition, '2026-12-03')).toBe(
      'The southern Kurils / Northern Territories: a map and its treaty history. Interactive explainer, version 0.1.0 (content 1.2.0, last changed 2 December 2026). https://example.org/kurils/ (accessed 3 December 2026).',
    );
  });

  it('writes a BibTeX entry with a stable key, the versions, the date and the URL', () => {
    const bib = citeExplainerBibtex(edition, '2026-12-03');
    expect(bib).toMatch(/^@misc\{kurils-explainer-1-2-0,\n/);
    expect(bib).toContain(`  title = {${CITATION_TITLE}},`);
    expect(bib).toContain('  version = {0.1.0},');
    expect(bib).toContain('  note = {Content version 1.2.0, last changed 2026-12-02},');
    expect(bib).toContain('  year = {2026},\n  month = {12},');
    expect(bib).toContain('  url = {https://example.org/kurils/},\n  urldate = {2026-12-03}\n}\n');
    // Balanced braces: a reference manager can read it.
    expect(bib.split('{').length).toBe(bib.split('}').length);
  });

  it('escapes BibTeX’s special characters in text', () => {
    expect(bibtexEscape('50% & {x}_#1 $ \\')).toBe('50\\% \\& \\{x\\}\\_\\#1 \\$ \\textbackslash{}');
  });

  it('writes CSL-JSON that parses, as one webpage item with issued and accessed dates', () => {
    const [item] = JSON.parse(citeExplainerCsl(edition, '2026-12-03')) as Record<string, unknown>[];
    expect(item).toEqual({
      id: 'kurils-explainer-1.2.0',
      type: 'webpage',
      title: CITATION_TITLE,
      genre: 'Interactive explainer',
      version: '0.1.0 (content 1.2.0)',
      URL: 'https://example.org/kurils/',
      issued: { 'date-parts': [[2026, 12, 2]] },
      accessed: { 'date-parts': [[2026, 12, 3]] },
    });
  });
});

describe('citing an event', () => {
  it('names the event, its date, the explainer, every source once (outlet, headline, date; documents with where to read them) and the link', () => {
    const articles = new Map<string, Pick<Article, 'outlet' | 'agency' | 'headline' | 'published'>>([
      ['t', tass],
      ['i', inforos],
    ]);
    const event = {
      title: 'Kono in Sapporo',
      date: '2019-05',
      sources: [
        {
          kind: 'excerpt' as const,
          article: 't',
          quote: 'q',
          excerptKind: 'quotation' as const,
          speaker: 'Taro Kono',
          n: 1,
          start: 0,
          end: 1,
        },
        {
          kind: 'excerpt' as const,
          article: 't',
          quote: 'r',
          excerptKind: 'quotation' as const,
          speaker: 'Taro Kono',
          n: 2,
          start: 2,
          end: 3,
        },
        {
          kind: 'excerpt' as const,
          article: 'i',
          quote: 's',
          excerptKind: 'paraphrase' as const,
          speaker: null,
          n: 1,
          start: 0,
          end: 1,
        },
        {
          kind: 'document' as const,
          document: {
            issuer: 'Japan and the USSR',
            title: 'Joint Declaration',
            titleEn: null,
            date: '1956-10-19',
            accessed: null,
            part: 'point 9',
            url: 'https://example.org/jd',
            database: null,
            publishedIn: 'A compendium',
          },
        },
      ],
    };
    expect(citeEvent(event, articles, 'L')).toBe(
      `Kono in Sapporo, May 2019. In: ${CITATION_TITLE}. Sources: TASS, “Japanese top diplomat calls for stepping up peace treaty talks with Russia - TV”, 11 May 2019; Inforos, citing TASS, “Japanese cabinet spokesman mentions heated exchange of views between Kono, Lavrov”, 18 February 2019 (date inferred); Japan and the USSR, “Joint Declaration”, 19 October 1956, point 9. in A compendium, https://example.org/jd. L`,
    );
  });
});
