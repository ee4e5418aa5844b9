/**
 * Validation of the whole content: each file against its schema (schema.ts), then the rules across files, then
 * assembly of the typed `Content` (types.ts) with excerpt offsets and numbers. Collects every problem; never
 * stops at the first. Pure: no DOM, no fs (load.ts in build/content/ reads the files and gives them here).
 */
import { closest as closestString, distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import { ExcerptMatcher, type Span } from './find-excerpt.ts';
import { type ContentIssue, sortIssues } from './issues.ts';
import {
  articleFrontMatterSchema,
  eventFileSchema,
  islandFileSchema,
  type ArticleFrontMatter,
  type DocumentFile,
  type EventFile,
  type ExcerptRef,
  type IslandFile,
  type SourceFile,
} from './schema.ts';
import {
  ALL_ISLANDS,
  ISLAND_IDS,
  type Article,
  type ArticleExcerpt,
  type Content,
  type DatePrecision,
  type DocumentRecord,
  type ExcerptKind,
  type Event,
  type ExcerptSource,
  type IslandId,
  type IslandProfile,
  type Position,
  type Source,
} from '../../src/lib/content/types.ts';

/** A document as the app has it (camelCase keys). */
export function toDocumentRecord(d: DocumentFile): DocumentRecord {
  return {
    issuer: d.issuer,
    title: d.title,
    titleEn: d.title_en,
    date: d.date,
    accessed: d.accessed,
    part: d.part,
    url: d.url,
    database: d.database,
    publishedIn: d.published_in,
  };
}

/** A path into a parsed YAML document: keys and list indices. */
export type DataPath = readonly (string | number)[];

/** One parsed YAML file. */
export interface DataFile {
  /** As shown in errors, relative to the repository root: `content/events/1956-joint-declaration.yaml`. */
  path: string;
  /**
   * The parsed YAML (plain JS data), or `undefined` when the file could not be parsed; its parse errors are
   * then given in `ContentInput.issues` and the file is only used to know that its id exists.
   */
  data: unknown;
  /** 1-based line of the node at `path`, or of its nearest ancestor that exists. */
  lineOf(path: DataPath): number;
}

/** One article: its front matter as a `DataFile` (lines are lines of the .md file) and its body. */
export interface ArticleFile extends DataFile {
  /** The body as stored (see front-matter.ts): `Article.text`. Empty when `data` is undefined. */
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyLine: number;
}

export interface ContentInput {
  articles: ArticleFile[];
  events: DataFile[];
  islands: DataFile[];
  /** Problems found while reading and parsing (e.g. YAML syntax errors); reported with the others. */
  issues?: ContentIssue[];
  /** Where island profiles live, for the error about a missing profile. Default `content/islands`. */
  islandsDir?: string;
}

export interface ValidationResult {
  /** The validated content, or null when there is any issue. */
  content: Content | null;
  /** Every problem found, sorted by file and line. */
  issues: ContentIssue[];
}

/** The id a file must have: its name without directory and extension. */
export function idFromPath(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

function getAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur = data;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[k];
  }
  return cur;
}

function pathText(path: readonly PropertyKey[]): string {
  let s = '';
  for (const k of path) s += typeof k === 'number' ? `[${k}]` : `${s ? '.' : ''}${String(k)}`;
  return s;
}

function toDataPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((k) => (typeof k === 'number' ? k : String(k)));
}

const SHAPE_CODES = new Set(['invalid_type', 'invalid_value']);

/** Turns zod issues into content issues with lines (one union is reduced to the branch that nearly matched). */
export function zodIssues(file: DataFile, issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): ContentIssue[] {
  const out: ContentIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union') {
      // Keep the branches that did not fail on the value's shape alone: they say what is really wrong.
      const near = issue.errors.filter(
        (branch) => !(branch.length === 1 && branch[0]!.path.length === 0 && SHAPE_CODES.has(branch[0]!.code)),
      );
      if (near.length === 1) {
        out.push(...zodIssues(file, near[0]!, path));
        continue;
      }
    }
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({
          file: file.path,
          line: file.lineOf(toDataPath([...path, key])),
          message: `unknown key \`${pathText([...path, key])}\``,
        });
      }
      continue;
    }
    const where = path.length ? `\`${pathText(path)}\`` : 'file';
    const missing = issue.code === 'invalid_type' && path.length > 0 && getAt(file.data, path) === undefined;
    out.push({
      file: file.path,
      line: file.lineOf(toDataPath(path)),
      message: missing ? `missing required field ${where}` : `${where}: ${issue.message}`,
    });
  }
  return out;
}

function parseWith<T>(schema: z.ZodType<T>, file: DataFile, issues: ContentIssue[]): T | null {
  if (file.data === null || typeof file.data !== 'object' || Array.isArray(file.data)) {
    issues.push({ file: file.path, line: 1, message: 'the file must be a YAML mapping (key: value lines)' });
    return null;
  }
  const r = schema.safeParse(file.data);
  if (r.success) return r.data;
  issues.push(...zodIssues(file, r.error.issues));
  return null;
}

function datePrecision(date: string): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** Date order: ISO strings compare correctly, a less precise date before the more precise ones it contains. */
function compareEvents(a: { date: string; id: string }, b: { date: string; id: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Whitespace runs collapsed, for a one-line message (quote marks kept as written). */
function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Files whose `id` equals their file name first (stable otherwise), so that of two files claiming one id the
 * one named after it owns it and the other is reported as the duplicate.
 */
function ownersFirst<F extends DataFile>(files: readonly F[]): F[] {
  const owns = (f: F) => getAt(f.data, ['id']) === idFromPath(f.path);
  return [...files.filter(owns), ...files.filter((f) => !owns(f))];
}

function didYouMean(id: string, known: readonly string[]): string {
  if (known.length === 0) return '';
  const c = closestString(id, [...known]);
  return distance(id, c) <= Math.max(3, Math.floor(id.length / 3)) ? ` (did you mean ${c}?)` : '';
}

interface LoadedArticle {
  file: ArticleFile;
  fm: ArticleFrontMatter;
  matcher: ExcerptMatcher;
}

/** A resolved citation of an excerpt, before numbering. */
interface Citation extends Span {
  article: string;
  kind: ExcerptKind;
  speaker: string | null;
  eventId?: string;
  islandId?: IslandId;
}

/**
 * Validates the content and assembles it. Rules (besides each file's schema):
 * - ids are unique and equal the file name (articles, events, islands);
 * - every excerpt names a known article and is found in it verbatim (normalise.ts); an excerpt not found is
 *   reported with the closest passage of the article;
 * - every article is cited at least once (by an event source or an island position quote);
 * - an event's `impact` has exactly one entry per island it concerns (`all` = the four disputed islands);
 * - a passage cited more than once has one `kind` (quotation or paraphrase);
 * - every island id has a profile; its events exist, are listed once and are in date order, and include every
 *   event whose islands include it (a new event cannot be left out of an island's history).
 */
export function validateContent(input: ContentInput): ValidationResult {
  const issues: ContentIssue[] = [...(input.issues ?? [])];
  const islandsDir = input.islandsDir ?? 'content/islands';

  // --- Articles ---
  const articles = new Map<string, LoadedArticle>();
  const brokenArticles = new Set<string>(); // ids of articles whose file could not be read: no cascading errors
  const articleFiles = new Map<string, string>(); // id -> file, for duplicates
  for (const file of ownersFirst(input.articles)) {
    if (file.data === undefined) {
      brokenArticles.add(idFromPath(file.path));
      continue;
    }
    const fm = parseWith(articleFrontMatterSchema, file, issues);
    if (!fm) {
      const id = getAt(file.data, ['id']);
      brokenArticles.add(typeof id === 'string' ? id : idFromPath(file.path));
      continue;
    }
    if (fm.id !== idFromPath(file.path)) {
      issues.push({
        file: file.path,
        line: file.lineOf(['id']),
        message: `id ${fm.id} does not match the file name (expected ${idFromPath(file.path)})`,
      });
    }
    const other = articleFiles.get(fm.id);
    if (other !== undefined) {
      issues.push({ file: file.path, line: file.lineOf(['id']), message: `duplicate article id ${fm.id} (also in ${other})` });
      continue;
    }
    articleFiles.set(fm.id, file.path);
    if (file.body.trim() === '') {
      issues.push({ file: file.path, line: file.bodyLine, message: 'the article has no text below the front matter' });
    }
    articles.set(fm.id, { file, fm, matcher: new ExcerptMatcher(file.body) });
  }
  const articleIds = [...articles.keys()];

  // --- Events ---
  interface LoadedEvent {
    file: DataFile;
    ev: EventFile;
    islands: IslandId[];
  }
  const events = new Map<string, LoadedEvent>();
  const brokenEvents = new Set<string>();
  const eventFiles = new Map<string, string>();
  for (const file of ownersFirst(input.events)) {
    if (file.data === undefined) {
      brokenEvents.add(idFromPath(file.path));
      continue;
    }
    const ev = parseWith(eventFileSchema, file, issues);
    if (!ev) {
      brokenEvents.add(idFromPath(file.path));
      continue;
    }
    if (ev.id !== idFromPath(file.path)) {
      issues.push({
        file: file.path,
        line: file.lineOf(['id']),
        message: `id ${ev.id} does not match the file name (expected ${idFromPath(file.path)})`,
      });
    }
    const other = eventFiles.get(ev.id);
    if (other !== undefined) {
      issues.push({ file: file.path, line: file.lineOf(['id']), message: `duplicate event id ${ev.id} (also in ${other})` });
      continue;
    }
    eventFiles.set(ev.id, file.path);
    const listed = ev.islands === 'all' ? ALL_ISLANDS : ev.islands;
    const islands = ISLAND_IDS.filter((id) => listed.includes(id));
    // An island listed without an impact is reported by the schema (eventFileSchema), at the `islands` line.
    for (const key of Object.keys(ev.impact)) {
      if (!(ISLAND_IDS as readonly string[]).includes(key)) {
        issues.push({
          file: file.path,
          line: file.lineOf(['impact', key]),
          message: `impact: unknown island id ${JSON.stringify(key)} (known: ${ISLAND_IDS.join(', ')})`,
        });
      } else if (!islands.includes(key as IslandId)) {
        issues.push({
          file: file.path,
          line: file.lineOf(['impact', key]),
          message:
            `impact for ${key}, which is not among the event's islands` +
            (ev.islands === 'all' && key === 'hokkaido' ? ' (`all` means the four disputed islands; list hokkaido explicitly)' : ''),
        });
      }
    }
    if (ev.chiefly_about !== null && !islands.includes(ev.chiefly_about)) {
      issues.push({
        file: file.path,
        line: file.lineOf(['chiefly_about']),
        message: `chiefly_about: ${ev.chiefly_about} is not among the event's islands (${islands.join(', ')})`,
      });
    }
    events.set(ev.id, { file, ev, islands });
  }
  const sortedEvents = [...events.values()].sort((a, b) => compareEvents(a.ev, b.ev));
  // A former id keeps old links working, so it may name no other event, current or former.
  const formerIds = new Map<string, string>();
  for (const { file, ev } of sortedEvents) {
    ev.previous_ids.forEach((old, i) => {
      const clash = events.has(old) ? `the current id of ${eventFiles.get(old)}` : formerIds.has(old) ? `a former id of ${formerIds.get(old)}` : null;
      if (clash) issues.push({ file: file.path, line: file.lineOf(['previous_ids', i]), message: `previous id ${old} is ${clash}` });
      else formerIds.set(old, file.path);
    });
  }

  // --- Excerpt resolution (shared by events and islands) ---
  const citations: Citation[] = [];
  const cited = new Set<string>();
  function resolveExcerpt(file: DataFile, path: DataPath, ref: ExcerptRef, by: { eventId?: string; islandId?: IslandId }): Citation | null {
    cited.add(ref.article);
    const article = articles.get(ref.article);
    if (!article) {
      if (!brokenArticles.has(ref.article)) {
        issues.push({
          file: file.path,
          line: file.lineOf([...path, 'article']),
          message: `unknown article ${ref.article}${didYouMean(ref.article, articleIds)}`,
        });
      }
      return null;
    }
    const span = article.matcher.find(ref.quote);
    if (!span) {
      const c = article.matcher.closest(ref.quote);
      issues.push({
        file: file.path,
        line: file.lineOf([...path, 'quote']),
        message:
          `excerpt not found in article ${ref.article}: "${oneLine(ref.quote)}"\n` +
          `  closest passage: "${oneLine(c.passage)}"`,
      });
      return null;
    }
    const citation: Citation = { article: ref.article, start: span.start, end: span.end, kind: ref.kind, speaker: ref.speaker, ...by };
    const same = citations.find((c) => c.article === ref.article && c.start === span.start && c.end === span.end);
    if (same && same.kind !== ref.kind) {
      issues.push({
        file: file.path,
        line: file.lineOf([...path, 'kind']),
        message: `kind: ${ref.kind}, but the same passage of ${ref.article} is cited elsewhere as ${same.kind}; one passage has one kind`,
      });
    }
    citations.push(citation);
    return citation;
  }

  type Resolved = Citation | { document: DocumentRecord } | null;
  const resolveSources = (file: DataFile, path: DataPath, sources: readonly SourceFile[], by: { eventId?: string; islandId?: IslandId }): Resolved[] =>
    sources.map((s, i) =>
      s.excerpt ? resolveExcerpt(file, [...path, i, 'excerpt'], s.excerpt, by) : { document: toDocumentRecord(s.document!) },
    );
  const eventSources = new Map<string, Resolved[]>();
  for (const { file, ev } of sortedEvents) eventSources.set(ev.id, resolveSources(file, ['sources'], ev.sources, { eventId: ev.id }));

  // --- Islands ---
  interface LoadedIsland {
    file: DataFile;
    isl: IslandFile;
    quotes: { russia: (Citation | null)[]; japan: (Citation | null)[] };
    changes: { russia: Resolved[][]; japan: Resolved[][] };
    population: Resolved[];
  }
  const islands = new Map<IslandId, LoadedIsland>();
  const brokenIslands = new Set<string>();
  const loadedIslandFiles: { file: DataFile; isl: IslandFile }[] = [];
  for (const file of ownersFirst(input.islands)) {
    if (file.data === undefined) {
      brokenIslands.add(idFromPath(file.path));
      continue;
    }
    const isl = parseWith(islandFileSchema, file, issues);
    if (!isl) {
      brokenIslands.add(idFromPath(file.path));
      continue;
    }
    if (isl.id !== idFromPath(file.path)) {
      issues.push({
        file: file.path,
        line: file.lineOf(['id']),
        message: `id ${isl.id} does not match the file name (expected ${idFromPath(file.path)})`,
      });
    }
    const other = islands.get(isl.id);
    if (other) {
      issues.push({ file: file.path, line: file.lineOf(['id']), message: `duplicate island id ${isl.id} (also in ${other.file.path})` });
      continue;
    }
    islands.set(isl.id, { file, isl, quotes: { russia: [], japan: [] }, changes: { russia: [], japan: [] }, population: [] });
    loadedIslandFiles.push({ file, isl });
  }
  for (const id of ISLAND_IDS) {
    if (!islands.has(id) && !brokenIslands.has(id)) {
      issues.push({ file: `${islandsDir}/${id}.yaml`, line: 1, message: `missing island profile for ${id}` });
    }
  }
  for (const id of ISLAND_IDS) {
    const loaded = islands.get(id);
    if (!loaded) continue;
    const { file, isl } = loaded;
    let prev: { id: string; date: string } | null = null;
    const seen = new Set<string>();
    isl.events.forEach((eventId, i) => {
      if (seen.has(eventId)) {
        issues.push({ file: file.path, line: file.lineOf(['events', i]), message: `event ${eventId} listed twice` });
        return;
      }
      seen.add(eventId);
      const e = events.get(eventId);
      if (!e) {
        if (!brokenEvents.has(eventId)) {
          issues.push({
            file: file.path,
            line: file.lineOf(['events', i]),
            message: `unknown event ${eventId}${didYouMean(eventId, [...events.keys()])}`,
          });
        }
        return;
      }
      if (prev && compareEvents({ date: e.ev.date, id: '' }, { date: prev.date, id: '' }) < 0) {
        issues.push({
          file: file.path,
          line: file.lineOf(['events', i]),
          message: `events not in date order: ${eventId} (${e.ev.date}) is listed after ${prev.id} (${prev.date})`,
        });
      }
      prev = { id: eventId, date: e.ev.date };
    });
    for (const { ev, islands: about } of sortedEvents) {
      if (about.includes(id) && !seen.has(ev.id)) {
        issues.push({ file: file.path, line: file.lineOf(['events']), message: `event ${ev.id} is about ${id} but its history does not list it` });
      }
    }
    for (const side of ['russia', 'japan'] as const) {
      loaded.quotes[side] = isl.positions[side].quotes.map((q, i) =>
        resolveExcerpt(file, ['positions', side, 'quotes', i], q, { islandId: id }),
      );
      loaded.changes[side] = isl.positions[side].changes.map((c, i) =>
        resolveSources(file, ['positions', side, 'changes', i, 'sources'], c.sources, { islandId: id }),
      );
    }
    loaded.population = isl.population.map((p, i) => resolveSources(file, ['population', i], [p.source], { islandId: id })[0]!);
    isl.population.forEach((p, i) => {
      const prev = isl.population[i - 1];
      if (prev && prev.date.localeCompare(p.date) > 0) {
        issues.push({ file: file.path, line: file.lineOf(['population', i, 'date']), message: `population not oldest first: ${p.date} after ${prev.date}` });
      }
    });
  }

  // --- Every article cited ---
  for (const [id, a] of articles) {
    if (!cited.has(id)) {
      issues.push({ file: a.file.path, line: a.file.lineOf(['id']), message: `article ${id} is not cited by any event or island position` });
    }
  }

  if (issues.length > 0) return { content: null, issues: sortIssues(issues) };

  // --- Assembly: number the excerpts of each article ---
  const excerptsByArticle = new Map<string, ArticleExcerpt[]>();
  const key = (c: { article: string; start: number; end: number }) => `${c.article}\u0000${c.start}\u0000${c.end}`;
  const byKey = new Map<string, ArticleExcerpt>();
  for (const c of citations) {
    let ex = byKey.get(key(c));
    if (!ex) {
      ex = { n: 0, start: c.start, end: c.end, kind: c.kind, eventIds: [], islandIds: [], speaker: null };
      byKey.set(key(c), ex);
      const list = excerptsByArticle.get(c.article) ?? [];
      list.push(ex);
      excerptsByArticle.set(c.article, list);
    }
    if (c.eventId !== undefined && !ex.eventIds.includes(c.eventId)) ex.eventIds.push(c.eventId);
    if (c.islandId !== undefined && !ex.islandIds.includes(c.islandId)) ex.islandIds.push(c.islandId);
    if (ex.speaker === null) ex.speaker = c.speaker;
  }
  for (const list of excerptsByArticle.values()) {
    list.sort((a, b) => a.start - b.start || a.end - b.end);
    list.forEach((ex, i) => (ex.n = i + 1));
  }

  const toSource = (c: Citation): ExcerptSource => {
    const ex = byKey.get(key(c))!;
    return {
      kind: 'excerpt',
      article: c.article,
      quote: articles.get(c.article)!.file.body.slice(c.start, c.end),
      excerptKind: c.kind,
      speaker: c.speaker,
      n: ex.n,
      start: c.start,
      end: c.end,
    };
  };

  const toSources = (resolved: readonly Resolved[]): Source[] =>
    resolved.map((s) => (s && 'document' in s ? { kind: 'document', document: s.document } : toSource(s!)));

  const contentArticles: Article[] = [...articles.values()]
    .sort((a, b) => (a.fm.id < b.fm.id ? -1 : a.fm.id > b.fm.id ? 1 : 0))
    .map(({ fm, file }) => ({
      id: fm.id,
      sourceFile: fm.source_file,
      outlet: fm.outlet,
      agency: fm.agency,
      headline: fm.headline,
      dateline: fm.dateline,
      published: { date: fm.published.date, basis: fm.published.basis, note: fm.published.note },
      text: file.body,
      excerpts: excerptsByArticle.get(fm.id) ?? [],
    }));

  const contentEvents: Event[] = sortedEvents.map(({ ev, islands: evIslands }) => {
    const impact: Partial<Record<IslandId, string>> = {};
    for (const id of evIslands) impact[id] = ev.impact[id]!;
    const sources = toSources(eventSources.get(ev.id)!);
    return {
      id: ev.id,
      previousIds: ev.previous_ids,
      date: ev.date,
      datePrecision: datePrecision(ev.date),
      dateNote: ev.date_note,
      title: ev.title,
      islands: evIslands,
      chieflyAbout: ev.chiefly_about ?? evIslands[0]!,
      summary: ev.summary,
      impact,
      notes: ev.notes,
      sources,
      reviewed: ev.reviewed,
    };
  });

  const contentIslands: IslandProfile[] = ISLAND_IDS.map((id) => {
    const { isl, quotes, changes, population } = islands.get(id)!;
    const position = (side: 'russia' | 'japan'): Position => ({
      asOf: isl.positions[side].as_of!,
      summary: isl.positions[side].summary,
      quotes: quotes[side].map((c) => toSource(c!)),
      documents: isl.positions[side].documents.map(toDocumentRecord),
      changes: isl.positions[side].changes.map((c, i) => ({ date: c.date, text: c.text, sources: toSources(changes[side][i]!) })),
    });
    return {
      id,
      names: {
        en: isl.names.en,
        ja: isl.names.ja,
        jaRomaji: isl.names.ja_romaji,
        ru: isl.names.ru,
        ruLatin: isl.names.ru_latin,
        ain: isl.names.ain,
      },
      administration: { russia: isl.administration.russia, japan: isl.administration.japan },
      description: isl.description,
      areaNote: isl.area_note,
      population: isl.population.map((p, i) => ({ date: p.date, count: p.count, who: p.who, note: p.note, source: toSources([population[i]!])[0]! })),
      events: isl.events,
      positions: { russia: position('russia'), japan: position('japan') },
    };
  });

  return { content: { articles: contentArticles, events: contentEvents, islands: contentIslands }, issues: [] };
}

