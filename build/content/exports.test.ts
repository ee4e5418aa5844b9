import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/lib/content/types.ts';
import { articlesJson, buildExports, csvField, eventsCsv, eventsJson, EVENTS_CSV_HEADER, islandsGeojson, toCsv } from './exports.ts';
import { readIslandsGeometry } from './record.ts';
import { loadContent } from './load.ts';
import { FIXTURES, parseCsv } from './test-helpers.ts';


describe('csvField', () => {
  it('leaves plain values alone', () => {
    expect(csvField('abc')).toBe('abc');
    expect(csvField(12)).toBe('12');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField('Шикотан 色丹島')).toBe('Шикотан 色丹島');
  });
  it('quotes commas, quotes and newlines, doubling quotes, and writes newlines as CRLF', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('l1\nl2')).toBe('"l1\r\nl2"');
    expect(csvField('l1\r\nl2')).toBe('"l1\r\nl2"');
    expect(csvField(' lead')).toBe('" lead"');
  });
  it('toCsv: BOM, CRLF after every record, reads back', () => {
    const csv = toCsv(['a', 'b'], [['x,1', 'He said "no"\nthen left'], [null, 3]]);
    expect(csv.startsWith('\uFEFFa,b\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv.slice(1))).toEqual([
      ['a', 'b'],
      ['x,1', 'He said "no"\r\nthen left'],
      ['', '3'],
    ]);
  });
});

describe('exports of the fixture content', () => {
  const { content } = loadContent({ root: `${FIXTURES}/valid` });

  it('events.csv has one row per event and source', () => {
    const rows = parseCsv(eventsCsv(content).slice(1));
    expect(rows[0]).toEqual([...EVENTS_CSV_HEADER]);
    const nSources = content.events.reduce((n, e) => n + e.sources.length, 0);
    expect(rows).toHaveLength(1 + nSources);
    for (const r of rows) expect(r).toHaveLength(EVENTS_CSV_HEADER.length);
    const col = (name: (typeof EVENTS_CSV_HEADER)[number]) => EVENTS_CSV_HEADER.indexOf(name);
    const ex = rows.find((r) => r[col('event_id')] === '2015-deputy-ministers')!;
    expect(ex[col('source_kind')]).toBe('excerpt');
    expect(ex[col('quote')]).toContain('«The islands are Russian territory», adding');
    expect(ex[col('islands')]).toBe('iturup kunashir shikotan habomai');
    expect(ex[col('excerpt_kind')]).toBe('paraphrase');
    expect(ex[col('reviewed')]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const doc = rows.find((r) => r[col('event_id')] === '1855-shimoda')!;
    expect(doc[col('source_kind')]).toBe('document');
    expect(doc[col('document_title')]).toBe('Treaty of Commerce and Navigation between Japan and Russia');
    expect(doc[col('document_issuer')]).toBe('Fixture issuer');
    expect(doc[col('document_date')]).toBe('1855-02-07');
    expect(doc[col('document_url')]).toMatch(/^https:\/\/example\.org\/fixtures\//);
    expect(doc[col('quote')]).toBe('');
    expect(doc[col('impact_hokkaido')]).toBe('Japanese.');
  });

  it('events.json and articles.json carry exact excerpt text and offsets', () => {
    const events = JSON.parse(eventsJson(content)) as Content['events'];
    expect(events).toEqual(content.events);
    const articles = JSON.parse(articlesJson(content)) as (Content['articles'][number] & {
      excerpts: { quote: string; start: number; end: number }[];
    })[];
    for (const a of articles) for (const e of a.excerpts) expect(e.quote).toBe(a.text.slice(e.start, e.end));
    expect(buildExports(content, readIslandsGeometry()).map((f) => f.fileName)).toEqual([
      'data/events.json',
      'data/articles.json',
      'data/events.csv',
      'data/islands.geojson',
    ]);
  });

  it('islands.geojson is the geometry with each area’s population from its profile', () => {
    const geometry = readIslandsGeometry();
    const out = JSON.parse(islandsGeojson(content, geometry)) as { features: { properties: Record<string, unknown>; geometry: unknown }[] };
    const raw = JSON.parse(geometry) as { features: { properties: Record<string, unknown>; geometry: unknown }[] };
    expect(out.features.map((f) => f.properties['id'])).toEqual(raw.features.map((f) => f.properties['id']));
    out.features.forEach((f, i) => {
      expect(f.geometry).toEqual(raw.features[i]!.geometry);
      const profile = content.islands.find((p) => p.id === f.properties['id'])!;
      expect(f.properties['population']).toEqual(profile.population);
    });
  });
});
