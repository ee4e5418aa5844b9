import type { HashState } from './hash-state.ts';

/** The ids the app's data knows, to check a URL against. */
export interface KnownIds {
  islands: ReadonlySet<string>;
  /** Event id → the islands whose history it is part of, the one it is chiefly about first, and its year. */
  events: ReadonlyMap<string, { islands: readonly string[]; year: number }>;
  /** Article id → how many cited excerpts it has. Null while the content has not loaded. */
  articles: ReadonlyMap<string, number> | null;
  /** Article id → how many paragraphs it has (known with `articles`). */
  paragraphs?: ReadonlyMap<string, number>;
  /** An event's former id → its id now: an old link opens the event as it is called now. */
  renamedEvents?: ReadonlyMap<string, string>;
}

export interface Resolved {
  state: HashState;
  /** Short sentences for the reader about what in the link could not be shown. */
  notices: string[];
}

/**
 * Drops what a URL asks for that does not exist, with a notice for each, so a bad or stale link still opens a
 * working view. Event and article ids can only be checked once the content has loaded (`articles` not null);
 * until then they are kept as they are.
 */
export function resolveHash(input: HashState, known: KnownIds): Resolved {
  const state: HashState = { ...input };
  const notices: string[] = [];

  if (state.island !== undefined && !known.islands.has(state.island)) {
    notices.push(`There is no island “${state.island}” on this map, so the overview is shown.`);
    delete state.island;
    delete state.event;
  }
  // An excerpt or paragraph number means nothing without its article; a cited excerpt is the more exact of the two.
  if (state.article === undefined) delete state.excerpt;
  if (state.article === undefined || state.excerpt !== undefined) delete state.para;
  if (known.articles === null) return { state, notices };

  if (state.event !== undefined) {
    state.event = known.renamedEvents?.get(state.event) ?? state.event;
    const event = known.events.get(state.event);
    if (!event) {
      notices.push(`There is no event “${state.event}” in this history.`);
      delete state.event;
    } else if (state.island !== undefined && !event.islands.includes(state.island)) {
      notices.push(`The event “${state.event}” is not part of this island's history.`);
      delete state.event;
    } else {
      state.island ??= event.islands[0];
      // The slider shows the year of the event a link opens, unless the link names a year of its own.
      state.year ??= event.year;
    }
  }
  if (state.article !== undefined) {
    const count = known.articles.get(state.article);
    if (count === undefined) {
      notices.push(`There is no article “${state.article}” among the sources.`);
      delete state.article;
      delete state.excerpt;
    } else if (state.excerpt !== undefined && state.excerpt > count) {
      notices.push(`This article has no excerpt ${state.excerpt}; the article is shown without a highlight.`);
      delete state.excerpt;
    } else if (state.para !== undefined && state.para > (known.paragraphs?.get(state.article) ?? 0)) {
      notices.push(`This article has no paragraph ${state.para}; the article is shown without a highlight.`);
      delete state.para;
    }
  }
  return { state, notices };
}

/** What the reader is told about a part of the link that could not be read at all (see `parseHash`). */
const UNREADABLE: Record<keyof HashState, string> = {
  island: 'The island in the link could not be read, so the overview is shown.',
  event: 'The event in the link could not be read.',
  article: 'The article in the link could not be read.',
  excerpt: 'The excerpt number in the link could not be read.',
  map: 'The map position in the link could not be read.',
  year: 'The year in the link could not be read: it must be a year from 1855 to today.',
  view: 'The point of view in the link could not be read, so the map is shown as administered today.',
  sources: 'The sources part of the link could not be read (#sources takes no value), so the sources are not opened.',
  para: 'The paragraph number in the link could not be read.',
  q: 'The search in the link could not be read.',
};

/** One notice for each key of the link whose value was malformed, in the order given, without repeats. */
export function unreadableNotices(ignored: readonly string[]): string[] {
  return [...new Set(ignored)].flatMap((key) => (key in UNREADABLE ? [UNREADABLE[key as keyof HashState]] : []));
}
