/**
 * The Sources view's lists, derived from the content the app loads: every article with who published it, when, and
 * the events that cite it; every primary document the history names, with its date and the events resting on it.
 */
import { outletLabel, publishedLabel } from '../cite/citation';
import { formatIsoDate } from '../history/dates';
import type { Content, Event, IslandId } from '../content/types';
import { yearOf } from '../history/dates';
import type { HashState } from '../url/hash-state';

/** An event as the Sources view links to it. */
export interface EventRef {
  id: string;
  title: string;
  date: string;
  /** Opens the event in the panel of the island it is chiefly about. */
  link: HashState;
}

export interface ArticleEntry {
  id: string;
  outlet: string;
  agency: string | null;
  /** "Inforos, citing TASS". */
  source: string;
  headline: string;
  dateline: string | null;
  date: string;
  /** "18 February 2019 (date inferred)". */
  dateLabel: string;
  basis: 'printed' | 'inferred';
  /** How an inferred date was inferred (or what the page prints). */
  dateNote: string | null;
  excerpts: number;
  /** Events citing any of its excerpts, in date order. */
  events: EventRef[];
  /** Islands whose positions quote it. */
  islands: IslandId[];
  /** Opens it in the reader, over the Sources view. */
  link: HashState;
}

export interface DocumentEntry {
  /** The document as the history names it (one entry per distinct wording). */
  name: string;
  /** Its date as written in the name (ISO, at the precision given), or null when the name gives none. */
  date: string | null;
  dateLabel: string;
  events: EventRef[];
}

/** The island whose panel opens an event: the one it is chiefly about, if its history lists it (as the app resolves `#event=`). */
function islandFor(event: Event, content: Content): IslandId {
  const listing = content.islands.filter((p) => p.events.includes(event.id)).map((p) => p.id);
  return listing.includes(event.chieflyAbout) ? event.chieflyAbout : (listing[0] ?? event.chieflyAbout);
}

export function eventRef(event: Event, content: Content): EventRef {
  return {
    id: event.id,
    title: event.title,
    date: event.date,
    link: { island: islandFor(event, content), event: event.id, year: yearOf(event.date) },
  };
}

/** Every article, oldest first (then by id). */
export function articleEntries(content: Content): ArticleEntry[] {
  const byId = new Map(content.events.map((e, i) => [e.id, { e, i }]));
  return [...content.articles]
    .sort((a, b) => (a.published.date < b.published.date ? -1 : a.published.date > b.published.date ? 1 : a.id < b.id ? -1 : 1))
    .map((a) => {
      const ids = [...new Set(a.excerpts.flatMap((x) => x.eventIds))].filter((id) => byId.has(id));
      ids.sort((x, y) => byId.get(x)!.i - byId.get(y)!.i);
      return {
        id: a.id,
        outlet: a.outlet,
        agency: a.agency,
        source: outletLabel(a),
        headline: a.headline,
        dateline: a.dateline,
        date: a.published.date,
        dateLabel: publishedLabel(a),
        basis: a.published.basis,
        dateNote: a.published.note,
        excerpts: a.excerpts.length,
        events: ids.map((id) => eventRef(byId.get(id)!.e, content)),
        islands: [...new Set(a.excerpts.flatMap((x) => x.islandIds))],
        link: { sources: true, article: a.id },
      };
    });
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY = new RegExp(`\\b(\\d{1,2}) (${MONTHS.join('|')}),? (\\d{4})\\b`);
const MONTH = new RegExp(`\\b(${MONTHS.join('|')}) (\\d{4})\\b`);
const YEAR = /\b(1[6-9]\d\d|20\d\d)\b/;

/**
 * The date a document's name gives ("signed at Moscow on 13 April 1941" → 1941-04-13; "comment of December
 * 2018" → 2018-12), ignoring words in parentheses, which describe what it is about rather than when it was made.
 */
export function documentDate(name: string): string | null {
  const text = name.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ');
  const pad = (n: string | number) => String(n).padStart(2, '0');
  const month = (m: string) => pad(MONTHS.indexOf(m) + 1);
  const d = DAY.exec(text);
  if (d) return `${d[3]}-${month(d[2]!)}-${pad(d[1]!)}`;
  const m = MONTH.exec(text);
  if (m) return `${m[2]}-${month(m[1]!)}`;
  return YEAR.exec(text)?.[1] ?? null;
}

/** Every primary document the events cite, in date order (undated ones last), each with the events that rest on it. */
export function documentEntries(content: Content): DocumentEntry[] {
  const docs = new Map<string, Event[]>();
  for (const e of content.events) {
    for (const s of e.sources) {
      if (s.kind !== 'document') continue;
      const name = s.document.replace(/\s+/g, ' ').trim();
      const list = docs.get(name) ?? [];
      if (!list.includes(e)) list.push(e);
      docs.set(name, list);
    }
  }
  return [...docs]
    .map(([name, events]) => {
      const date = documentDate(name);
      return { name, date, dateLabel: date ? formatIsoDate(date) : 'undated', events: events.map((e) => eventRef(e, content)) };
    })
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.name.localeCompare(b.name));
}
