/**
 * Search over the index the build wrote (build/search/vite-plugin.ts): results grouped as a reader scans them,
 * islands first, then events, then articles with their matching passages (cited excerpts before plain paragraphs).
 */
import MiniSearch, { type AsPlainObject, type SearchResult } from 'minisearch';
import type { IslandId } from '../content/types.ts';
import type { SearchDocument } from './documents.ts';
import { INDEX_OPTIONS, queryOptions } from './options.ts';

export type Passage =
  { kind: 'excerpt'; n: number; terms: Set<string> } | { kind: 'paragraph'; p: number; terms: Set<string> };

export interface SearchResults {
  query: string;
  islands: { id: IslandId; terms: Set<string> }[];
  events: { id: string; terms: Set<string> }[];
  articles: { id: string; passages: Passage[] }[];
  /** How many results are listed, in all. */
  count: number;
}

export const MAX_EVENTS = 12;
export const MAX_ARTICLES = 5;
export const MAX_PASSAGES = 3;

export type SearchIndex = MiniSearch<SearchDocument>;

export function loadIndex(json: AsPlainObject): SearchIndex {
  return MiniSearch.loadJS(json, INDEX_OPTIONS);
}

export function buildIndex(docs: readonly SearchDocument[]): SearchIndex {
  const index = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
  index.addAll(docs);
  return index;
}

/**
 * Every word of the query must match (a prefix, or a near spelling) in the same island, event or passage; when no
 * result has them all, results with any of them are given instead, best first.
 */
export function search(index: SearchIndex, query: string): SearchResults {
  const empty: SearchResults = { query, islands: [], events: [], articles: [], count: 0 };
  if (!query.trim()) return empty;
  let hits = index.search(query, queryOptions('AND'));
  if (!hits.length) hits = index.search(query, queryOptions('OR'));
  return group(query, hits);
}

function group(query: string, hits: readonly SearchResult[]): SearchResults {
  const results: SearchResults = { query, islands: [], events: [], articles: [], count: 0 };
  const articles = new Map<string, { excerpts: Passage[]; paragraphs: Passage[]; covered: Set<number> }>();
  for (const hit of hits) {
    const [kind, id, part] = String(hit.id).split(':') as [SearchDocument['kind'], string, string?];
    const terms = new Set(hit.terms);
    if (kind === 'island') results.islands.push({ id: id as IslandId, terms });
    else if (kind === 'event') {
      if (results.events.length < MAX_EVENTS) results.events.push({ id, terms });
    } else {
      let entry = articles.get(id);
      if (!entry) articles.set(id, (entry = { excerpts: [], paragraphs: [], covered: new Set() }));
      if (kind === 'excerpt') {
        entry.excerpts.push({ kind, n: Number(part), terms });
        for (const p of (hit['paragraphs'] as number[] | undefined) ?? []) entry.covered.add(p);
      } else entry.paragraphs.push({ kind: 'paragraph', p: Number(part), terms });
    }
  }
  // Articles in the order of their best passage (a Map keeps the order of first insertion; hits come best first).
  for (const [id, { excerpts, paragraphs, covered }] of articles) {
    if (results.articles.length >= MAX_ARTICLES) break;
    // A paragraph holding a matched excerpt is shown by that excerpt, with its attribution.
    const rest = paragraphs.filter((p) => p.kind === 'paragraph' && !covered.has(p.p));
    results.articles.push({ id, passages: [...excerpts, ...rest].slice(0, MAX_PASSAGES) });
  }
  results.count =
    results.islands.length + results.events.length + results.articles.reduce((n, a) => n + a.passages.length, 0);
  return results;
}
