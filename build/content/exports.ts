/**
 * The data exports published with the build under `data/` (described in src/lib/sources/downloads.ts):
 * `data/events.json`, `data/articles.json`, `data/events.csv`, and `data/islands.geojson` (geo/out's geometry with
 * each area's population from its profile). Pure functions of the validated `Content` (and the geometry's text).
 */
import { ISLAND_IDS, type Article, type ArticleExcerpt, type Content, type Event } from '../../src/lib/content/types.ts';

export interface ExportFile {
  /** Path in the build output, e.g. `data/events.json`. */
  fileName: string;
  source: string;
}

/** An article excerpt as exported: the numbered excerpt plus its exact text. */
export interface ExportedExcerpt extends ArticleExcerpt {
  quote: string;
}

export interface ExportedArticle extends Omit<Article, 'excerpts'> {
  excerpts: ExportedExcerpt[];
}

/** `data/events.json`: the events in date order, exactly as the app has them (`Event[]`). */
export function eventsJson(content: Content): string {
  const events: Event[] = content.events;
  return JSON.stringify(events, null, 2) + '\n';
}

/** The articles as exported: metadata, full text and numbered excerpts, each with its exact text. */
export function exportedArticles(content: Content): ExportedArticle[] {
  return content.articles.map((a) => ({
    ...a,
    excerpts: a.excerpts.map((e) => ({ ...e, quote: a.text.slice(e.start, e.end) })),
  }));
}

/** `data/articles.json`. */
export function articlesJson(content: Content): string {
  return JSON.stringify(exportedArticles(content), null, 2) + '\n';
}

export type CsvValue = string | number | null | undefined;

/**
 * One CSV field (RFC 4180): quoted when it contains a comma, a double quote, CR or LF (or starts or ends with
 * a space, which some spreadsheets would trim); double quotes inside are doubled. null/undefined is empty.
 * Line breaks inside a field are written as CRLF, as in the rest of the file.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (/[",\r\n]|^\s|\s$/.test(s)) {
    s = s.replace(/\r\n?|\n/g, '\r\n');
    return `"${s.replace(/"/g, '""')}"`;
  }
  return s;
}

/** A whole CSV file: UTF-8 byte order mark (so Excel reads Japanese and Russian), CRLF after every record. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return '\uFEFF' + [header, ...rows].map((r) => r.map(csvField).join(',') + '\r\n').join('');
}

export const EVENTS_CSV_HEADER = [
  'event_id',
  'date',
  'date_precision',
  'date_note',
  'title',
  'islands',
  'summary',
  ...ISLAND_IDS.map((id) => `impact_${id}`),
  'notes',
  'reviewed',
  'source_no',
  'source_kind',
  'article_id',
  'excerpt_n',
  'start',
  'end',
  'excerpt_kind',
  'speaker',
  'quote',
  'document_issuer',
  'document_title',
  'document_title_en',
  'document_date',
  'document_part',
  'document_url',
  'document_database',
  'document_published_in',
] as const;

/**
 * `data/events.csv`: one row per event and source (an event with three sources has three rows, its event
 * columns repeated), in date order then source order, so that every cell holds one value and the sheet can be
 * filtered and sorted. `reviewed` is the day the event was last checked; `excerpt_kind` is `quotation` (a person's
 * own words) or `paraphrase` (the outlet's narrator). `islands` is space-separated; `notes` are separated by a blank line; `source_no` counts
 * from 1 within the event.
 */
const NO_EXCERPT: CsvValue[] = Array(7).fill(null);
const NO_DOCUMENT: CsvValue[] = Array(8).fill(null);

export function eventsCsv(content: Content): string {
  const rows: CsvValue[][] = [];
  for (const e of content.events) {
    const eventCols: CsvValue[] = [
      e.id,
      e.date,
      e.datePrecision,
      e.dateNote,
      e.title,
      e.islands.join(' '),
      e.summary,
      ...ISLAND_IDS.map((id) => e.impact[id] ?? null),
      e.notes.join('\n\n'),
      e.reviewed,
    ];
    e.sources.forEach((s, i) => {
      rows.push(
        s.kind === 'excerpt'
          ? [...eventCols, i + 1, 'excerpt', s.article, s.n, s.start, s.end, s.excerptKind, s.speaker, s.quote, ...NO_DOCUMENT]
          : [
              ...eventCols,
              i + 1,
              'document',
              ...NO_EXCERPT,
              s.document.issuer,
              s.document.title,
              s.document.titleEn,
              s.document.date,
              s.document.part,
              s.document.url,
              s.document.database,
              s.document.publishedIn,
            ],
      );
    });
  }
  return toCsv(EVENTS_CSV_HEADER, rows);
}

/**
 * `data/islands.geojson`: the five areas at full detail (geo/out/islands.geojson, as `npm run geo` wrote it), each
 * feature's properties joined by `population` from its profile: `[{date, count, who, note, source}]`, oldest first.
 */
export function islandsGeojson(content: Content, geometry: string): string {
  const fc = JSON.parse(geometry) as { features: { properties: Record<string, unknown> }[] };
  const profiles = new Map(content.islands.map((p) => [p.id, p]));
  for (const f of fc.features) {
    const profile = profiles.get(f.properties['id'] as never);
    if (!profile) throw new Error(`islands.geojson: feature ${String(f.properties['id'])} has no island profile`);
    f.properties['population'] = profile.population;
  }
  return JSON.stringify(fc) + '\n';
}

/** Every export file of the build; `geometry` is the text of geo/out/islands.geojson. */
export function buildExports(content: Content, geometry: string): ExportFile[] {
  return [
    { fileName: 'data/events.json', source: eventsJson(content) },
    { fileName: 'data/articles.json', source: articlesJson(content) },
    { fileName: 'data/events.csv', source: eventsCsv(content) },
    { fileName: 'data/islands.geojson', source: islandsGeojson(content, geometry) },
  ];
}
