/**
 * The Sources view's lists, derived from the content the app loads: every article with who published it, when, and
 * the events that cite it; every primary document the history names, with its date and the events resting on it.
 */
import { outletLabel, publishedLabel } from '../cite/citation.ts';
import type { Content, DocumentRecord, Event, IslandId } from '../content/types.ts';
import { documentDateLabel, documentKey } from '../cite/document.ts';
import { yearOf } from '../history/dates.ts';
import type { HashState } from '../url/hash-state.ts';

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
  /** One entry per document (`documentKey`), whatever part of it is cited. */
  key: string;
  /** The document, without a part. */
  document: DocumentRecord;
  /** The parts of it cited ("point 9"), in the order first cited. */
  parts: string[];
  /** Its date, or null for a page that prints none (listed last). */
  date: string | null;
  dateLabel: string;
  /** Events resting on it, in date order. */
  events: EventRef[];
  /** Islands whose profile cites it (a position, a change of position, a population figure). */
  islands: { id: IslandId; name: string; link: HashState }[];
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
    .sort((a, b) =>
      a.published.date < b.published.date ? -1 : a.published.date > b.published.date ? 1 : a.id < b.id ? -1 : 1,
    )
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

/** Every primary document the history and the island profiles cite, in date order, once each, with what rests on it. */
export function documentEntries(content: Content): DocumentEntry[] {
  const docs = new Map<string, DocumentEntry>();
  const add = (d: DocumentRecord): DocumentEntry => {
    const key = documentKey(d);
    let entry = docs.get(key);
    if (!entry) {
      entry = {
        key,
        document: { ...d, part: null },
        parts: [],
        date: d.date,
        dateLabel: documentDateLabel(d),
        events: [],
        islands: [],
      };
      docs.set(key, entry);
    }
    if (d.part && !entry.parts.includes(d.part)) entry.parts.push(d.part);
    return entry;
  };
  for (const e of content.events) {
    for (const s of e.sources) {
      if (s.kind !== 'document') continue;
      const entry = add(s.document);
      if (!entry.events.some((r) => r.id === e.id)) entry.events.push(eventRef(e, content));
    }
  }
  for (const p of content.islands) {
    const sides = [p.positions.russia, p.positions.japan];
    const records = [
      ...sides.flatMap((side) => side.documents),
      ...sides
        .flatMap((side) => side.changes.flatMap((c) => c.sources))
        .flatMap((s) => (s.kind === 'document' ? [s.document] : [])),
      ...p.population.flatMap((f) => (f.source.kind === 'document' ? [f.source.document] : [])),
    ];
    for (const d of records) {
      const entry = add(d);
      if (!entry.islands.some((i) => i.id === p.id))
        entry.islands.push({ id: p.id, name: p.names.en, link: { island: p.id } });
    }
  }
  return [...docs.values()].sort(
    (a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.document.title.localeCompare(b.document.title),
  );
}
