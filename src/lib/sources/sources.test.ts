import { describe, expect, it } from 'vitest';
import type { Article, Content, DocumentRecord, Event, IslandProfile } from '../content/types.ts';
import { documentKey } from '../cite/document.ts';
import { loadContent } from '../../../build/content/load.ts';
import { articleEntries, documentEntries } from './sources.ts';
import { DOWNLOADS, formatBytes } from './downloads.ts';
import { EVENTS_CSV_HEADER } from '../../../build/content/exports.ts';

function event(
  id: string,
  date: string,
  sources: Event['sources'],
  chieflyAbout: Event['chieflyAbout'] = 'shikotan',
): Event {
  return {
    id,
    previousIds: [],
    date,
    datePrecision: 'day',
    dateNote: null,
    title: `Title ${id}`,
    islands: ['shikotan', 'habomai'],
    chieflyAbout,
    summary: 's',
    impact: {},
    notes: [],
    sources,
    reviewed: '2026-12-02',
  };
}
const excerpt = (article: string, n: number) => ({
  kind: 'excerpt' as const,
  article,
  quote: 'q',
  excerptKind: 'quotation' as const,
  speaker: 'X',
  n,
  start: 0,
  end: 1,
});
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
    excerpts: eventIds.map((ids, i) => ({
      n: i + 1,
      start: i,
      end: i + 1,
      kind: 'quotation',
      eventIds: ids,
      islandIds: i === 0 ? ['habomai'] : [],
      speaker: 'X',
    })),
  };
}
const doc = (title: string, date: string, part: string | null = null): DocumentRecord => ({
  issuer: 'Japan and the USSR',
  title,
  titleEn: null,
  date,
  accessed: null,
  part,
  url: `https://example.org/${encodeURIComponent(title)}`,
  database: null,
  publishedIn: null,
});
const noPosition = { asOf: '2022', summary: 's', quotes: [], documents: [], changes: [] };
const profile = (id: IslandProfile['id'], events: string[], documents: DocumentRecord[] = []) =>
  ({
    id,
    events,
    names: { en: `Name ${id}` },
    population: [],
    positions: { russia: noPosition, japan: { ...noPosition, documents } },
  }) as unknown as IslandProfile;

const content: Content = {
  articles: [
    article('tass-2019-b', '2019-05-11', 'printed', [['2019-e'], ['2019-e', '1956-d']]),
    article('inforos-2019-a', '2019-02-18', 'inferred', [['2019-e']]),
  ],
  events: [
    event('1956-d', '1956-10-19', [
      { kind: 'document', document: doc('Joint Declaration', '1956-10-19', 'point 9') },
      excerpt('tass-2019-b', 2),
    ]),
    event(
      '2019-e',
      '2019-05-10',
      [
        excerpt('tass-2019-b', 1),
        { kind: 'document', document: doc('Joint Declaration', '1956-10-19', 'point 1') },
        { kind: 'document', document: doc('A ministry page', '2019-05') },
      ],
      'hokkaido',
    ),
  ],
  islands: [
    profile('shikotan', ['1956-d'], [doc('Joint Declaration', '1956-10-19', 'point 9')]),
    profile('habomai', ['1956-d', '2019-e']),
  ],
};

describe('the Sources view’s articles', () => {
  it('lists every article oldest first, with outlet and agency, its date marked printed or inferred, and its excerpt count', () => {
    const [a, b] = articleEntries(content);
    expect(a).toMatchObject({
      id: 'inforos-2019-a',
      source: 'Inforos, citing TASS',
      dateLabel: '18 February 2019 (date inferred)',
      basis: 'inferred',
      dateNote: 'reasoning',
      excerpts: 1,
    });
    expect(b).toMatchObject({
      id: 'tass-2019-b',
      source: 'TASS',
      dateLabel: '11 May 2019',
      basis: 'printed',
      excerpts: 2,
      islands: ['habomai'],
    });
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
  it('lists each document once whatever part is cited, in date order, with the events and profiles resting on it', () => {
    const docs = documentEntries(content);
    expect(
      docs.map((d) => [d.document.title, d.dateLabel, d.parts, d.events.map((e) => e.id), d.islands.map((i) => i.id)]),
    ).toEqual([
      ['Joint Declaration', '19 October 1956', ['point 9', 'point 1'], ['1956-d', '2019-e'], ['shikotan']],
      ['A ministry page', 'May 2019', [], ['2019-e'], []],
    ]);
    expect(docs[0]!.document.part).toBeNull();
    expect(docs[0]!.islands[0]).toEqual({ id: 'shikotan', name: 'Name shikotan', link: { island: 'shikotan' } });
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
        if (s.kind === 'document')
          expect(docs.some((d) => d.key === documentKey(s.document) && d.events.some((r) => r.id === e.id))).toBe(true);
      }
    }
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
    const documented = (file: string) =>
      DOWNLOADS.find((d) => d.file === file)!.fields.flatMap((f) => f.name.split(/,\s*/));
    for (const key of Object.keys(real.events[0]!)) expect(documented('data/events.json')).toContain(key);
    for (const key of Object.keys(real.articles[0]!)) expect(documented('data/articles.json')).toContain(key);
    const document = real.events.flatMap((e) => e.sources).find((s) => s.kind === 'document')!;
    const sourcesField = DOWNLOADS.find((d) => d.file === 'data/events.json')!.fields.find(
      (f) => f.name === 'sources',
    )!.meaning;
    for (const key of Object.keys(document.kind === 'document' ? document.document : {}))
      expect(sourcesField).toContain(key);
    expect(documented('data/islands.geojson')).toContain('population');
    const csvColumns = DOWNLOADS.find((d) => d.file === 'data/events.csv')!.fields.flatMap((f) => f.name.split(/,\s*/));
    for (const column of EVENTS_CSV_HEADER.filter((c) => c.startsWith('document_')))
      expect(csvColumns).toContain(column);
  });
});
