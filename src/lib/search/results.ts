/**
 * What a search result shows and where it leads, from the content: its title and a few words of context with the
 * matched words marked, and the view it opens (an island's panel, an event in it, or the reader at a passage).
 */
import { formatIsoDate } from '../history/dates.ts';
import type { Article, Content, ExcerptSource, IslandId } from '../content/types.ts';
import { paragraphRanges } from '../content/segments.ts';
import { yearOf } from '../history/dates.ts';
import type { HashState } from '../url/hash-state.ts';
import type { Passage } from './engine.ts';
import { highlight, snippet, type Run } from './snippet.ts';

export interface ResultView {
  key: string;
  title: Run[];
  snippet: Run[] | null;
  /** Date and place, for an event. */
  meta?: string;
  view: HashState;
  /** A cited excerpt: what its citation needs. */
  quote?: Pick<ExcerptSource, 'quote' | 'speaker' | 'excerptKind' | 'n'>;
}

type Context = Pick<HashState, 'year' | 'view'>;

/** The first of the texts with a matched word in it, around that word; else the start of the first text. */
function bestSnippet(texts: readonly string[], terms: ReadonlySet<string>): Run[] | null {
  for (const text of texts) {
    const s = snippet(text, terms, 160, true);
    if (s) return s;
  }
  return texts[0] ? snippet(texts[0], terms) : null;
}

export function islandHit(
  content: Content,
  hit: { id: IslandId; terms: Set<string> },
  context: Context,
): ResultView | null {
  const island = content.islands.find((p) => p.id === hit.id);
  if (!island) return null;
  const { en, ja, ru } = island.names;
  const names = [...new Set([en, ru, ja])].join(' · ');
  return {
    key: `island:${hit.id}`,
    title: highlight(names, hit.terms),
    snippet: bestSnippet([island.description], hit.terms),
    view: { island: hit.id, ...context },
  };
}

export function eventHit(
  content: Content,
  hit: { id: string; terms: Set<string> },
  context: Context,
): ResultView | null {
  const event = content.events.find((e) => e.id === hit.id);
  if (!event) return null;
  // The panel it opens: the island it is chiefly about, if that island's history lists it, else the first that does.
  const histories = content.islands.filter((p) => p.events.includes(event.id));
  const island = histories.find((p) => p.id === event.chieflyAbout) ?? histories[0];
  if (!island) return null;
  const quotes = event.sources.flatMap((s) => (s.kind === 'excerpt' ? [s.quote] : []));
  return {
    key: `event:${event.id}`,
    title: highlight(event.title, hit.terms),
    snippet: bestSnippet([event.summary, ...event.notes, ...Object.values(event.impact), ...quotes], hit.terms),
    meta: `${formatIsoDate(event.date)} · ${island.names.en}`,
    view: { island: island.id, event: event.id, year: yearOf(event.date), view: context.view },
  };
}

/** A passage opens the reader over the search, so Back returns to the results. */
export function articlePassage(article: Article, passage: Passage, q: string, context: Context): ResultView {
  if (passage.kind === 'excerpt') {
    const excerpt = article.excerpts.find((e) => e.n === passage.n);
    const quote = excerpt ? article.text.slice(excerpt.start, excerpt.end) : '';
    return {
      key: `excerpt:${passage.n}`,
      title: [],
      snippet: snippet(quote, passage.terms, 320),
      view: { q, article: article.id, excerpt: passage.n, ...context },
      quote: { quote, speaker: excerpt?.speaker ?? null, excerptKind: excerpt?.kind ?? 'paraphrase', n: passage.n },
    };
  }
  const [start, end] = paragraphRanges(article.text)[passage.p - 1] ?? [0, 0];
  return {
    key: `paragraph:${passage.p}`,
    title: [],
    snippet: snippet(article.text.slice(start, end), passage.terms),
    view: { q, article: article.id, para: passage.p, ...context },
  };
}
