/** Rules the period files are checked against, and the conversion of checked files to `PeriodsData`. */
import { isIsoDay } from '../../src/lib/history/dates.ts';
import type { AreaFile, ErasFile } from './schema.ts';
import { AREA_IDS, FIRST_EVENT } from '../../src/lib/history/types.ts';
import type {
  AreaId,
  AreaPeriods,
  Era,
  EventDates,
  PeriodsData,
  ValidationError,
} from '../../src/lib/history/types.ts';

export interface AreaSource {
  /** File name as it should appear in messages, e.g. "content/periods/urup.yaml". */
  file: string;
  data: AreaFile;
}

export interface ErasSource {
  file: string;
  data: ErasFile;
}

export interface PeriodsInput {
  areas: readonly AreaSource[];
  /** null: don't check eras. */
  eras: ErasSource | null;
  /** Event id → date, for every event that exists. */
  events: EventDates;
  /**
   * Event id → the areas whose period starts on that event (its `starts_period_for`), for every event that
   * exists. When given, every period must start at an event that names its area, and every area an event names
   * must have a period starting there: so an area changes hands on the date of its own event, not a neighbour's.
   */
  eventAreas?: Readonly<Record<string, readonly string[]>>;
}

function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');
}

/**
 * Every problem with the (schema-valid) period files:
 * - the file name is not the area id; an area appears twice;
 * - an unknown event id; a boundary event whose date is not a full day (YYYY-MM-DD);
 * - a from_date / until_date that is not the date of its event;
 * - the first period does not start at 1855-shimoda; a period that ends on or before it starts;
 * - a gap or an overlap between consecutive periods (each from_event must be the previous until_event);
 * - a period other than the last is open-ended, or the last is not (until_event: null);
 * - claimed_by equal to the holder;
 * - eras: unknown event, not in date order, not starting at 1855-shimoda, a period start without an era;
 * - with `eventAreas`: a period that starts at an event whose `starts_period_for` does not name its area, and an
 *   event that names an area in which no period starts at it.
 */
export function validatePeriods(input: PeriodsInput): ValidationError[] {
  const errors: ValidationError[] = [];
  const { events } = input;

  /** The event's date if it is a known event with a full date, else null (and an error). */
  const boundaryDate = (file: string, path: (string | number)[], id: string): string | null => {
    const date = events[id];
    if (date === undefined) {
      errors.push({ file, path, message: `unknown event id "${id}" (no event with that id)` });
      return null;
    }
    if (!isIsoDay(date)) {
      errors.push({
        file,
        path,
        message: `event "${id}" has the date "${date}"; a boundary needs an event with a full date (YYYY-MM-DD)`,
      });
      return null;
    }
    return date;
  };

  const seen = new Map<string, string>();
  for (const { file, data } of input.areas) {
    if (baseName(file) !== data.area) {
      errors.push({
        file,
        path: ['area'],
        message: `area "${data.area}" does not match the file name (${data.area}.yaml expected)`,
      });
    }
    const prior = seen.get(data.area);
    if (prior !== undefined)
      errors.push({ file, path: ['area'], message: `area "${data.area}" is already defined in ${prior}` });
    else seen.set(data.area, file);

    const periods = data.periods;
    const first = periods[0];
    if (first && first.from_event !== FIRST_EVENT) {
      errors.push({
        file,
        path: ['periods', 0, 'from_event'],
        message: `the first period must start at ${FIRST_EVENT}, not "${first.from_event}"`,
      });
    }

    let prevUntil: { id: string; date: string | null } | null = null;
    periods.forEach((p, i) => {
      const at = (key: string): (string | number)[] => ['periods', i, key];
      const fromDate = boundaryDate(file, at('from_event'), p.from_event);
      if (fromDate !== null && p.from_date !== undefined && p.from_date !== fromDate) {
        errors.push({
          file,
          path: at('from_date'),
          message: `from_date ${p.from_date} is not the date of event "${p.from_event}" (${fromDate})`,
        });
      }
      let untilDate: string | null = null;
      if (p.until_event === null) {
        if (p.until_date !== undefined && p.until_date !== null) {
          errors.push({ file, path: at('until_date'), message: 'until_date must be null when until_event is null' });
        }
        if (i < periods.length - 1) {
          errors.push({
            file,
            path: at('until_event'),
            message: 'only the last period may be in force today (until_event: null); this one is followed by another',
          });
        }
      } else {
        untilDate = boundaryDate(file, at('until_event'), p.until_event);
        if (untilDate !== null && p.until_date !== undefined && p.until_date !== untilDate) {
          errors.push({
            file,
            path: at('until_date'),
            message: `until_date ${String(p.until_date)} is not the date of event "${p.until_event}" (${untilDate})`,
          });
        }
        if (i === periods.length - 1) {
          errors.push({
            file,
            path: at('until_event'),
            message: `the last period must be in force today (until_event: null), but it ends at "${p.until_event}"`,
          });
        }
        if (fromDate !== null && untilDate !== null && untilDate <= fromDate) {
          errors.push({
            file,
            path: at('until_event'),
            message: `the period ends (${p.until_event}, ${untilDate}) on or before it starts (${p.from_event}, ${fromDate})`,
          });
        }
      }

      if (prevUntil !== null && prevUntil.id !== p.from_event) {
        const prev = `${prevUntil.id}${prevUntil.date ? `, ${prevUntil.date}` : ''}`;
        const cur = `${p.from_event}${fromDate ? `, ${fromDate}` : ''}`;
        let what = 'boundary mismatch';
        if (prevUntil.date !== null && fromDate !== null && fromDate !== prevUntil.date) {
          what = fromDate > prevUntil.date ? 'gap' : 'overlap';
        }
        errors.push({
          file,
          path: at('from_event'),
          message: `${what}: the previous period ends at ${prev} but this one starts at ${cur}; from_event must be the previous until_event`,
        });
      }
      prevUntil = p.until_event === null ? null : { id: p.until_event, date: untilDate };

      if (p.claimed_by !== null && p.claimed_by === p.holder) {
        errors.push({ file, path: at('claimed_by'), message: `claimed_by "${p.claimed_by}" is the holder itself` });
      }
    });
  }

  if (input.eventAreas) {
    const eventAreas = input.eventAreas;
    const starts = new Set<string>();
    for (const { file, data } of input.areas) {
      data.periods.forEach((p, i) => {
        starts.add(`${p.from_event} ${data.area}`);
        const named = eventAreas[p.from_event];
        if (named !== undefined && !named.includes(data.area)) {
          errors.push({
            file,
            path: ['periods', i, 'from_event'],
            message:
              `event "${p.from_event}" does not start a period for ${data.area}: its starts_period_for names ` +
              `${named.length ? named.join(', ') : 'no area'}; cite the event on which ${data.area} itself changed hands`,
          });
        }
      });
    }
    const defined = new Set(input.areas.map((a) => a.data.area));
    for (const [id, areas] of Object.entries(eventAreas)) {
      for (const area of areas) {
        if (defined.has(area as AreaId) && !starts.has(`${id} ${area}`)) {
          const file = input.areas.find((a) => a.data.area === area)!.file;
          errors.push({
            file,
            path: ['periods'],
            message: `event "${id}" names ${area} in starts_period_for, but no period of ${area} starts at it`,
          });
        }
      }
    }
  }

  if (input.eras) {
    const { file, data } = input.eras;
    const eraEvents = new Set<string>();
    let prevDate: string | null = null;
    data.eras.forEach((era, i) => {
      const path = ['eras', i, 'event'];
      if (i === 0 && era.event !== FIRST_EVENT) {
        errors.push({ file, path, message: `the first era must start at ${FIRST_EVENT}, not "${era.event}"` });
      }
      if (eraEvents.has(era.event)) errors.push({ file, path, message: `event "${era.event}" starts two eras` });
      eraEvents.add(era.event);
      const date = boundaryDate(file, path, era.event);
      if (date !== null) {
        if (prevDate !== null && date <= prevDate) {
          errors.push({
            file,
            path,
            message: `eras must be in date order: "${era.event}" (${date}) is not after ${prevDate}`,
          });
        }
        prevDate = date;
      }
    });
    const reported = new Set<string>();
    for (const { file: areaFile, data: area } of input.areas) {
      for (const p of area.periods) {
        if (!eraEvents.has(p.from_event) && !reported.has(p.from_event)) {
          reported.add(p.from_event);
          errors.push({
            file,
            path: ['eras'],
            message: `no era starts at "${p.from_event}", where a period of ${areaFile} starts (add it with its status line)`,
          });
        }
      }
    }
  }
  return errors;
}

/** `file: message`, or `file:line: message` with a line. */
export function formatValidationError(e: ValidationError, line?: number): string {
  return line === undefined ? `${e.file}: ${e.message}` : `${e.file}:${line}: ${e.message}`;
}

/**
 * The JSON-safe `PeriodsData` of files that passed `validatePeriods` (areas in AREA_IDS order).
 * Throws if an event date is missing (i.e. if called on files that did not pass).
 */
export function buildPeriodsData(input: {
  areas: readonly AreaSource[];
  eras: ErasSource;
  events: EventDates;
}): PeriodsData {
  const dateOf = (id: string): string => {
    const d = input.events[id];
    if (d === undefined || !isIsoDay(d)) throw new Error(`no full date for event "${id}"`);
    return d;
  };
  const order = (id: string): number => AREA_IDS.indexOf(id as (typeof AREA_IDS)[number]);
  const areas: AreaPeriods[] = [...input.areas]
    .sort((a, b) => order(a.data.area) - order(b.data.area))
    .map(({ data }) => ({
      id: data.area,
      nameEn: data.name_en,
      periods: data.periods.map((p) => ({
        holder: p.holder,
        stateLabel: p.state_label,
        claimedBy: p.claimed_by,
        fromEvent: p.from_event,
        fromDate: dateOf(p.from_event),
        untilEvent: p.until_event,
        untilDate: p.until_event === null ? null : dateOf(p.until_event),
        // A period's summary and note are checked in its file for editors; the map and slider never show them,
        // and leaving them out keeps the slider's chunk, which the first view loads, a quarter smaller.
      })),
    }));
  const eras: Era[] = input.eras.data.eras.map((e) => ({
    event: e.event,
    date: dateOf(e.event),
    title: e.title,
    statusLine: e.status_line,
  }));
  return { areas, eras };
}
