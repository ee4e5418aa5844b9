/**
 * The data files the build publishes under `data/` (build/content/record.ts writes their sizes into
 * data/manifest.json and the Sources view), with what a re-user needs beside each: format, licence, attribution,
 * and a short data dictionary (docs/data.md in full).
 */

export interface Field {
  name: string;
  meaning: string;
}

export interface DownloadInfo {
  /** Path under the site's root, e.g. `data/events.json`. */
  file: string;
  title: string;
  format: string;
  mediaType: string;
  licence: string;
  attribution: string;
  fields: Field[];
}

/** A download as the app lists it: with its size in bytes, measured when the site was built. */
export interface Download extends DownloadInfo {
  bytes: number;
}

import { CITATION_TITLE } from '../cite/citation.ts';

/**
 * The explainer's own text (events, summaries, notes, the record). The project has not chosen a licence for it
 * yet; this says so rather than guessing one.
 */
const OWN_TEXT =
  'Text written for this explainer; the project has not yet stated a licence for it. Quote it with a citation (the Sources view’s “How to cite this explainer”); ask before republishing it whole.';

const ARTICLE_TEXT =
  'The article texts remain the outlets’ (TASS, Inforos, Axar.az): reproduced here, unchanged, for reference and criticism. Re-use beyond quotation needs their permission.';

export const DOWNLOADS: readonly DownloadInfo[] = [
  {
    file: 'data/islands.geojson',
    title: 'Island geometry',
    format: 'GeoJSON (RFC 7946), WGS 84',
    mediaType: 'application/geo+json',
    licence:
      'MLIT National Land Numerical Information terms of use (compatible with CC BY 4.0): cite the source and say it was processed.',
    attribution:
      '「国土数値情報（行政区域データ）」（国土交通省）を加工して作成 / MLIT National Land Numerical Information (Administrative Areas N03, 2022), processed by the Kuril Islands explainer',
    fields: [
      {
        name: 'id',
        meaning: 'iturup, kunashir, shikotan, habomai or hokkaido: one MultiPolygon feature per area, at full detail',
      },
      {
        name: 'name_en, name_ja, name_ja_romaji, name_ru, name_ru_latin',
        meaning: 'the area’s names in English, Japanese (and romanised), Russian (and transliterated)',
      },
      { name: 'status', meaning: 'disputed (administered by Russia, claimed by Japan) or japan' },
      { name: 'area_km2', meaning: 'area in km² computed from this geometry (turf.area, 1 decimal)' },
      {
        name: 'distance_to_hokkaido_km',
        meaning: 'shortest coast-to-coast distance to Hokkaido in km (null for Hokkaido)',
      },
      { name: 'distance_to_nosappu_km', meaning: 'distance from Cape Nosappu, Hokkaido’s eastern tip, in km' },
      { name: 'label_lon, label_lat', meaning: 'where the map puts the area’s label' },
      {
        name: 'population',
        meaning:
          'from the area’s profile, oldest first: [{date, count, who, note, source}], each figure with whose count it is and its source (a document as in events.json)',
      },
    ],
  },
  {
    file: 'data/events.json',
    title: 'Treaty history: events',
    format: 'JSON: an array of events in date order',
    mediaType: 'application/json',
    licence: OWN_TEXT,
    attribution: `${CITATION_TITLE} (data/manifest.json gives the content version)`,
    fields: [
      {
        name: 'id, previousIds, date, datePrecision, dateNote',
        meaning:
          'the event’s id (as in #event=<id>) and any former ids (links to them still open it); its ISO date at the precision known (year, month or day, Gregorian) and a note on it',
      },
      { name: 'title, summary', meaning: 'what happened, in neutral words' },
      { name: 'islands, impact', meaning: 'the island ids it concerns, and what it meant for each of them' },
      { name: 'chieflyAbout', meaning: 'the island it chiefly concerns (the panel #event=<id> opens)' },
      { name: 'notes', meaning: 'where an article and the documentary record disagree' },
      {
        name: 'sources',
        meaning:
          'excerpts {kind: "excerpt", article, quote, excerptKind (quotation or paraphrase), speaker, n, start, end} or primary documents {kind: "document", document: {issuer, title (as published), titleEn, date (null for a page that prints none), accessed (the day such a page was read), part, url, database, publishedIn}}',
      },
      { name: 'reviewed', meaning: 'the day the event was last checked against its sources' },
    ],
  },
  {
    file: 'data/events.csv',
    title: 'Treaty history: events, as a table',
    format: 'CSV (RFC 4180), UTF-8 with a byte order mark, CRLF: one row per event and source',
    mediaType: 'text/csv',
    licence: OWN_TEXT,
    attribution: CITATION_TITLE,
    fields: [
      {
        name: 'event_id … reviewed',
        meaning:
          'the event’s fields as in events.json, repeated on each of its rows; impact_<island> per island; islands space-separated',
      },
      {
        name: 'source_no, source_kind',
        meaning: 'the source’s number within the event (from 1) and excerpt or document',
      },
      {
        name: 'article_id, excerpt_n, start, end, excerpt_kind, speaker, quote',
        meaning:
          'for an excerpt: the article, the excerpt’s number and UTF-16 offsets in the article text, quotation or paraphrase, whose words, the exact text',
      },
      {
        name: 'document_issuer, document_title, document_title_en, document_date, document_part',
        meaning:
          'for a document: who issued it, its title as published (and an English rendering), its date, the part cited',
      },
      {
        name: 'document_url, document_database, document_published_in',
        meaning: 'where to read it: a public copy, a database id, who publishes the copy',
      },
    ],
  },
  {
    file: 'data/articles.json',
    title: 'Source articles, full text',
    format: 'JSON: an array of articles',
    mediaType: 'application/json',
    licence: ARTICLE_TEXT,
    attribution:
      'TASS; Inforos, citing TASS; Axar.az, citing TASS (each article names its outlet, agency, headline and date)',
    fields: [
      {
        name: 'id, sourceFile, outlet, agency, headline, dateline',
        meaning: 'the article and who published it; agency is the agency it cites, or null',
      },
      {
        name: 'published',
        meaning: '{date, basis: printed or inferred, note}: inferred dates say how they were inferred',
      },
      { name: 'text', meaning: 'the article body as published; paragraphs separated by a blank line' },
      {
        name: 'excerpts',
        meaning:
          'the passages the explainer cites: {n, start, end, kind, quote, eventIds, islandIds, speaker}; text.slice(start, end) is the quote',
      },
    ],
  },
  {
    file: 'data/changelog.json',
    title: 'Corrections and changes',
    format: 'JSON: {contentVersion, lastChanged, entries}',
    mediaType: 'application/json',
    licence: OWN_TEXT,
    attribution: CITATION_TITLE,
    fields: [
      { name: 'contentVersion, lastChanged', meaning: 'the newest entry’s version and date' },
      {
        name: 'entries',
        meaning:
          'newest first: {version, date, commits, changes: [{kind: addition, correction, removal or clarification, text, events, articles, islands}]}',
      },
    ],
  },
];

/** "2.0 MB", "48.3 KB", "812 bytes": kilobytes of 1,000 bytes, as file managers show them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
