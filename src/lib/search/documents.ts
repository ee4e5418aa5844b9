/**
 * What search looks through: one document per island, event, cited excerpt and article paragraph, built from the
 * validated content. The build indexes these (build/search/vite-plugin.ts); the browser shows results from the
 * content itself, so a document carries only what is searched, never what is displayed.
 */
import { documentLabel } from '../cite/document.ts';
import { formatIsoDate } from '../history/dates.ts';
import type { Article, Content } from '../content/types.ts';
import { paragraphRanges } from '../content/segments.ts';

export type SearchKind = 'island' | 'event' | 'excerpt' | 'paragraph';

export interface SearchDocument {
  /** `island:<id>`, `event:<id>`, `excerpt:<article>:<n>` or `paragraph:<article>:<p>` (p 1-based). */
  id: string;
  kind: SearchKind;
  /** A title, headline or island's names: what a reader names the thing by. */
  title: string;
  /** Speakers, outlets and agencies. */
  people: string;
  /** Every way its dates are written: "1956", "October 1956", "19 October 1956", "1956-10-19". */
  dates: string;
  /** Names of the places it concerns, in every language and script the content gives. */
  places: string;
  /** Summary, notes, impacts, quotes or the paragraph's text. */
  text: string;
  /** For an excerpt, the paragraphs (1-based) it lies in, so a result need not show the same words twice. Stored, not searched. */
  paragraphs?: number[];
}

export const SEARCH_FIELDS = ['title', 'people', 'dates', 'places', 'text'] as const;

function dateForms(iso: string): string[] {
  const forms = new Set([iso, iso.slice(0, 4), formatIsoDate(iso)]);
  // "October 1956" finds a day in that month as well as the month itself.
  if (iso.length === 10) forms.add(formatIsoDate(iso.slice(0, 7)));
  return [...forms];
}

function join(parts: readonly (string | null | undefined)[]): string {
  return [...new Set(parts.filter((p): p is string => !!p))].join(' · ');
}

function articlePeople(article: Article): string[] {
  return [article.outlet, article.agency ?? undefined].filter((p): p is string => !!p);
}

export function searchDocuments(content: Content): SearchDocument[] {
  const names = new Map(
    content.islands.map((p) => [
      p.id,
      [p.names.en, p.names.ja, p.names.jaRomaji, p.names.ru, p.names.ruLatin, p.names.ain],
    ]),
  );
  const eventsById = new Map(content.events.map((e) => [e.id, e]));
  const docs: SearchDocument[] = [];

  for (const island of content.islands) {
    docs.push({
      id: `island:${island.id}`,
      kind: 'island',
      title: join(names.get(island.id) ?? []),
      people: '',
      dates: '',
      places: '',
      text: join([island.description, island.administration.russia, island.administration.japan]),
    });
  }

  for (const event of content.events) {
    const excerpts = event.sources.flatMap((s) => (s.kind === 'excerpt' ? [s] : []));
    const documents = event.sources.flatMap((s) => (s.kind === 'document' ? [documentLabel(s.document)] : []));
    docs.push({
      id: `event:${event.id}`,
      kind: 'event',
      title: event.title,
      people: join(excerpts.map((s) => s.speaker)),
      dates: join(dateForms(event.date)),
      places: join(event.islands.flatMap((id) => names.get(id) ?? [])),
      text: join([
        event.summary,
        ...Object.values(event.impact),
        ...event.notes,
        ...documents,
        ...excerpts.map((s) => s.quote),
      ]),
    });
  }

  for (const article of content.articles) {
    const published = dateForms(article.published.date);
    const ranges = paragraphRanges(article.text);
    for (const excerpt of article.excerpts) {
      const events = excerpt.eventIds.flatMap((id) => eventsById.get(id) ?? []);
      docs.push({
        id: `excerpt:${article.id}:${excerpt.n}`,
        kind: 'excerpt',
        title: article.headline,
        people: join([excerpt.speaker, ...articlePeople(article)]),
        // The day it was said is the event's; the day it was printed is the article's: either finds it.
        dates: join([...published, ...events.flatMap((e) => dateForms(e.date))]),
        // Only the islands whose positions quote it: an event's islands would make every excerpt a Shikotan result.
        places: join(excerpt.islandIds.flatMap((id) => names.get(id) ?? [])),
        text: article.text.slice(excerpt.start, excerpt.end),
        paragraphs: ranges.flatMap(([start, end], p) => (start < excerpt.end && excerpt.start < end ? [p + 1] : [])),
      });
    }
    ranges.forEach(([start, end], p) => {
      docs.push({
        id: `paragraph:${article.id}:${p + 1}`,
        kind: 'paragraph',
        title: article.headline,
        people: join(articlePeople(article)),
        dates: join(published),
        places: '',
        text: article.text.slice(start, end),
      });
    });
  }
  return docs;
}
