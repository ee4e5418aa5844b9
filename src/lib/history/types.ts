/**
 * Types of the time-slider history: who held or administered each area, period by period.
 * Data files (`content/periods/*.yaml`) use snake_case; these runtime types use camelCase.
 * Everything here is JSON-safe (no undefined, no Date objects): `PeriodsData` can be bundled as is.
 */

/** The areas the slider colours. The first five are also the map's island ids. */
export const AREA_IDS = [
  'iturup',
  'kunashir',
  'shikotan',
  'habomai',
  'hokkaido',
  'urup',
  'northern-kurils',
  'sakhalin-south',
  'sakhalin-north',
] as const;
export type AreaId = (typeof AREA_IDS)[number];

/** The four islands administered by Russia and claimed by Japan. */
export const DISPUTED_AREA_IDS = ['iturup', 'kunashir', 'shikotan', 'habomai'] as const satisfies readonly AreaId[];

/**
 * `russia` is the Russian state of the day: the Russian Empire, the Soviet Union or the Russian Federation
 * (the period's `stateLabel` says which). `shared` is Sakhalin 1855–1875, left undivided by the Treaty of Shimoda.
 */
export const HOLDERS = ['japan', 'russia', 'shared'] as const;
export type Holder = (typeof HOLDERS)[number];

export const CLAIMANTS = ['japan', 'russia'] as const;
export type Claimant = (typeof CLAIMANTS)[number];

/** Every area's first period starts with this event. */
export const FIRST_EVENT = '1855-shimoda';

/** The file in `content/periods/` that holds the eras (all other files there are areas). */
export const ERAS_FILE = 'eras.yaml';

export interface Period {
  holder: Holder;
  /** e.g. "Russian Empire", "Soviet Union, then Russian Federation (from 1991)". */
  stateLabel: string;
  /** Who else claims the area while `holder` administers it (the four disputed islands after 1945: japan). */
  claimedBy: Claimant | null;
  /** Event id; the period starts on that event's date (inclusive). */
  fromEvent: string;
  /** YYYY-MM-DD. */
  fromDate: string;
  /** Event id; the period ends on that event's date (exclusive). null: in force today. */
  untilEvent: string | null;
  untilDate: string | null;
}

export interface AreaPeriods {
  id: AreaId;
  nameEn: string;
  /** In date order, contiguous, from 1855-shimoda to today. */
  periods: Period[];
}

/** The state of the whole map from one event on: the readout's fallback title and its status line. */
export interface Era {
  /** The event that starts the era. */
  event: string;
  /** YYYY-MM-DD, the event's date. */
  date: string;
  /** Short title of the event, e.g. "Treaty of Saint Petersburg" (used when no event titles are passed in). */
  title: string;
  /** A full sentence describing the map in this era, e.g. "All the Kurils held by Japan; Sakhalin by Russia." */
  statusLine: string;
}

export interface PeriodsData {
  /** In AREA_IDS order. */
  areas: AreaPeriods[];
  /** In date order; the first starts at 1855-shimoda. */
  eras: Era[];
}

/** An event as the slider logic needs it. `date` is ISO: YYYY, YYYY-MM or YYYY-MM-DD. */
export interface EventRef {
  id: string;
  date: string;
  title?: string;
}

/** Event id → ISO date (YYYY, YYYY-MM or YYYY-MM-DD), as read from `content/events/<id>.yaml`. */
export type EventDates = Readonly<Record<string, string>>;

export type PeriodsByArea = Readonly<Record<AreaId, readonly Period[]>>;

export interface YearState {
  year: number;
  /** The date the year stands for: 31 December of the year, or today for the current year. */
  date: string;
  /** The latest event on or before `date` (null before the first). */
  event: EventRef | null;
  /** Each area's period in force on `date` (null before 1855-shimoda). */
  areas: Record<AreaId, Period | null>;
}

export interface ValidationError {
  /** The file the problem is in, as given to the validator. */
  file: string;
  /** Where in that file, as keys of the YAML data (e.g. ["periods", 2, "from_event"]); [] for the whole file. */
  path: (string | number)[];
  message: string;
}
