/** Pure logic of the time slider: which period is in force at a date or in a year, and the readout. */
import { assertIsoDay, dateForYear, onOrBefore, todayIso, yearOf } from './dates.ts';
import { AREA_IDS } from './types.ts';
import type { AreaId, Era, EventRef, Period, PeriodsByArea, PeriodsData, YearState } from './types.ts';

/**
 * The period in force on `isoDate` (YYYY-MM-DD), or null if none (before the first period).
 * A period runs from its start date (inclusive) to its end date (exclusive): on a boundary date the new period
 * is in force, on the day before the old one.
 */
export function holderAt(periods: readonly Period[], isoDate: string): Period | null {
  assertIsoDay(isoDate);
  for (const p of periods) {
    if (p.fromDate <= isoDate && (p.untilDate === null || isoDate < p.untilDate)) return p;
  }
  return null;
}

/** `data.areas` keyed by area id. Throws if an area is missing. */
export function indexByArea(data: PeriodsData): PeriodsByArea {
  const out: Partial<Record<AreaId, readonly Period[]>> = {};
  for (const a of data.areas) out[a.id] = a.periods;
  for (const id of AREA_IDS) if (!out[id]) throw new Error(`periods data has no area "${id}"`);
  return out as PeriodsByArea;
}

function sortByDate<T extends { date: string }>(events: readonly T[]): T[] {
  // Stable: events on the same date keep the order they were given in.
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i))
    .map(({ e }) => e);
}

/** The events on or before the date year `year` stands for (31 December, or today in the current year), oldest first. */
export function eventsInForce(year: number, events: readonly EventRef[], today: string = todayIso()): EventRef[] {
  const date = dateForYear(year, today);
  return sortByDate(events.filter((e) => onOrBefore(e.date, date)));
}

/** The latest event on or before the end of `year` (today in the current year), or null: "1875: Treaty of Saint Petersburg". */
export function eventAt(year: number, events: readonly EventRef[], today: string = todayIso()): EventRef | null {
  return eventsInForce(year, events, today).at(-1) ?? null;
}

/**
 * The events the periods and eras reference (boundaries and era starts), oldest first, with the eras' titles.
 * Use it as the `events` argument when the full list of events is not at hand.
 */
export function periodEvents(data: PeriodsData): EventRef[] {
  const byId = new Map<string, EventRef>();
  for (const era of data.eras) byId.set(era.event, { id: era.event, date: era.date, title: era.title });
  for (const area of data.areas) {
    for (const p of area.periods) {
      if (!byId.has(p.fromEvent)) byId.set(p.fromEvent, { id: p.fromEvent, date: p.fromDate });
      if (p.untilEvent !== null && p.untilDate !== null && !byId.has(p.untilEvent)) {
        byId.set(p.untilEvent, { id: p.untilEvent, date: p.untilDate });
      }
    }
  }
  return sortByDate([...byId.values()]);
}

/**
 * The state of every area in slider year `year`: the state at the end of 31 December of that year, or today's
 * state for the current year. `events` gives the readout event (pass `periodEvents(data)` or all events).
 */
export function stateInYear(
  periodsByArea: PeriodsByArea,
  events: readonly EventRef[],
  year: number,
  today: string = todayIso(),
): YearState {
  const date = dateForYear(year, today);
  const areas = {} as Record<AreaId, Period | null>;
  for (const id of AREA_IDS) areas[id] = holderAt(periodsByArea[id], date);
  return { year, date, event: eventAt(year, events, today), areas };
}

/** The era in force on `isoDate`, or null before the first. */
export function eraAt(eras: readonly Era[], isoDate: string): Era | null {
  assertIsoDay(isoDate);
  let found: Era | null = null;
  for (const era of sortByDate(eras)) if (era.date <= isoDate) found = era;
  return found;
}

/** The first and last years of the slider. */
export function sliderRange(data: PeriodsData, today: string = todayIso()): { first: number; last: number } {
  const first = data.eras[0];
  if (!first) throw new Error('periods data has no eras');
  return { first: yearOf(first.date), last: yearOf(today) };
}

export interface AnnounceOptions {
  /** Events with titles (e.g. every event of content/events/); the latest one on or before the year is named. */
  events?: readonly EventRef[];
  /** YYYY-MM-DD; defaults to today's date. */
  today?: string;
}

/**
 * The screen-reader text for slider year `year`, e.g.
 * "1875: Treaty of Saint Petersburg. All the Kurils held by Japan; Sakhalin by Russia."
 * The title is that of the latest event on or before the end of the year (from `options.events` when it has a title
 * there, else the era's title), followed by its year in brackets when that differs from `year`:
 * "1880: Treaty of Saint Petersburg (1875). All the Kurils held by Japan; Sakhalin by Russia."
 * The sentence after it is the status line of the era in force. Throws RangeError before the first era or after today.
 */
export function announce(year: number, data: PeriodsData, options: AnnounceOptions = {}): string {
  const today = options.today ?? todayIso();
  const date = dateForYear(year, today);
  const era = eraAt(data.eras, date);
  if (!era) throw new RangeError(`${year} is before the first era (${data.eras[0]?.date ?? 'none'})`);
  const titled = new Map<string, EventRef>();
  for (const e of periodEvents(data)) if (e.title) titled.set(e.id, e);
  for (const e of options.events ?? []) if (e.title) titled.set(e.id, e);
  const event = eventAt(year, [...titled.values()], today) ?? { id: era.event, date: era.date, title: era.title };
  const title = (event.title ?? era.title).replace(/[.\s]+$/u, '');
  const eventYear = yearOf(event.date);
  const readout = eventYear === year ? `${year}: ${title}.` : `${year}: ${title} (${eventYear}).`;
  return `${readout} ${era.statusLine}`;
}
