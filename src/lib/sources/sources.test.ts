import { describe, expect, it } from 'vitest';
import type { Article, Content, Event, IslandProfile } from '../content/types';
import { loadContent } from '../../../scripts/content/load.ts';
import { articleEntries, documentDate, documentEntries } from './sources';
import { DOWNLOADS, formatBytes } from './downloads';

function event(id: string, date: string, sources: Event['sources'], chieflyAbout: Event['chieflyAbout'] = 'shikotan'): Event {
  return { id, date, datePrecision: 'day', dateNote: null, title: `Title ${id}`, islands: ['shikotan', 'habomai'], chieflyAbout, summary: 's', impact: {}, notes: [], sources, reviewed: '2026-12-02' };
}
const excerpt = (article: string, n: number) => ({ kind: 'excerpt' as const, article, quote: 'q', excerptKind: 'quotation' as const, speaker: 'X', n, start: 0, end: 1 });
function article(id: string, date: string, basis: 'printed' | 'inferred', eventIds: string[][]): Article {
  return {
    id,
    sourceFile: 'f.txt',
    outlet: id.startsWith('inforos') ? 'Inforos' : 'TASS',
    agency: id.startsWith('inforos') ? 'TASS' : null,
    headline: `Headline ${id}`,
    dateline: null,
    published: { date, basis, note: basis === 'inferred' ? 'reasoning' : null },
    text: 'text',
    excerpts: eventIds.map((ids, i) => ({ n: i + 1, start: i, end: i + 1, kind: 'quotation', eventIds: ids, islandIds: i === 0 ? ['habomai'] : [], speaker: 'X' })),
  };
}
const profile = (id: IslandProfile['id'], events: string[]) => ({ id, events }) as IslandProfile;

const content: Content = {
  articles: [article('tass-2019-b', '2019-05-11', 'printed', [['2019-e'], ['2019-e', '1956-d']]), article('inforos-2019-a', '2019-02-18', 'inferred', [['2019-e']])],
  events: [
    event('1956-d', '1956-10-19', [{ kind: 'document', document: 'Joint Declaration, 19 October 1956,\n point 9' }, excerpt('tass-2019-b', 2)]),
    event('2019-e', '2019-05-10', [excerpt('tass-2019-b', 1), { kind: 'document', document: 'Joint Declaration, 19 October 1956, point 9' }, { kind: 'document', document: 'A ministry page (on 1945)' }], 'hokkaido'),
  ],
  islands: [profile('shikotan', ['1956-d']), profile('habomai', ['1956-d', '2019-e'])],
};

describe('the Sources view’s articles', () => {
  it('lists every article oldest first, with outlet and agency, its date marked printed or inferred, and its excerpt count', () => {
    const [a, b] = articleEntries(content);
    expect(a).toMatchObject({ id: 'inforos-2019-a', source: 'Inforos, citing TASS', dateLabel: '18 February 2019 (date inferred)', basis: 'inferred', dateNote: 'reasoning', excerpts: 1 });
    expect(b).toMatchObject({ id: 'tass-2019-b', source: 'TASS', dateLabel: '11 May 2019', basis: 'printed', excerpts: 2, islands: ['habomai'] });
  });

  it('names the events citing an article once each, in date order, linked to an island whose history lists them', () => {
    const b = articleEntries(content)[1]!;
    expect(b.events.map((e) => e.id)).toEqual(['1956-d', '2019-e']);
    expect(b.events[0]!.link).toEqual({ island: 'shikotan', event: '1956-d', year: 1956 });
    // Chiefly about Hokkaido, but only Habomai's history lists it: the link opens Habomai, as #event= would.
    expect(b.events[1]!.link).toEqual({ island: 'habomai', event: '2019-e', year: 2019 });
    expect(b.link).toEqual({ sources: true, article: 'tass-2019-b' });
  });
});

describe('the Sources view’s documents', () => {
  it('lists each document once, by name and date, with the events resting on it', () => {
    const docs = documentEntries(content);
    expect(docs.map((d) => [d.name, d.dateLabel, d.events.map((e) => e.id)])).toEqual([
      ['Joint Declaration, 19 October 1956, point 9', '19 October 1956', ['1956-d', '2019-e']],
      ['A ministry page (on 1945)', 'undated', ['2019-e']],
    ]);
  });

  it('reads a document’s date from its name at the precision given, ignoring what parentheses describe', () => {
    expect(documentDate('Pact of Neutrality, signed at Moscow on 13 April\n1941, Articles 2 and 3')).toBe('1941-04-13');
    expect(documentDate('Ministry of Foreign Affairs, comment of December 2018 on the 1960 memoranda')).toBe('2018-12');
    expect(documentDate('Japan, Ministry of Foreign Affairs, "Japan\'s Northern Territories" (occupation, 28 August – 5 September 1945)')).toBeNull();
    expect(documentDate('Decree of 1946')).toBe('1946');
  });
});

describe('the real content', () => {
  const real = loadContent().content;
  it('lists all five articles, each cited by at least one event', () => {
    const entries = articleEntries(real);
    expect(entries).toHaveLength(5);
    for (const a of entries) expect(a.events.length + a.islands.length).toBeGreaterThan(0);
  });
  it('lists every document source of every event under some document', () => {
    const docs = documentEntries(real);
    for (const e of real.events) {
      for (const s of e.sources) {
        if (s.kind === 'document') expect(docs.some((d) => d.name === s.document.replace(/\s+/g, ' ').trim() && d.events.some((r) => r.id === e.id))).toBe(true);
      }
    }
    expect(docs.find((d) => d.name.startsWith('Treaty of Commerce, Navigation and Delimitation'))?.date).toBe('1855-02-07');
  });
});

describe('downloads', () => {
  it('formats sizes in kilobytes of 1,000 bytes', () => {
    expect(formatBytes(812)).toBe('812 bytes');
    expect(formatBytes(41_593)).toBe('41.6 KB');
    expect(formatBytes(2_131_267)).toBe('2.1 MB');
  });
  it('documents every field of events.json and articles.json in its data dictionary', () => {
    const real = loadContent().content;
    const documented = (file: string) => DOWNLOADS.find((d) => d.file === file)!.fields.flatMap((f) => f.name.split(/,\s*/));
    for (const key of Object.keys(real.events[0]!)) expect(documented('data/events.json')).toContain(key);
    for (const key of Object.keys(real.articles[0]!)) expect(documented('data/articles.json')).toContain(key);
  });
});
