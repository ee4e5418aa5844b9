/**
 * What the history map draws in a slider year: the shade of every area, the boundary lines, the caption that says
 * whose view is shown, and the legend. Pure: the renderer (fill colours, line filters) and TimeControl read it.
 *
 * Before the 1945 Soviet occupation the map shows who held each area by the treaties then in force. From then on the
 * four islands are disputed, so the map shows one of three points of view, and says which one in `caption`: a
 * present-day border is never drawn without a label naming whose view it is.
 *
 * Every sentence the reader sees is in TEXT below, so it can be reviewed (and later translated) in one place.
 */
import type { Viewpoint } from '../url/hash-state.ts';
import { todayIso, yearOf } from './dates.ts';
import { indexByArea, periodEvents, stateInYear } from './periods.ts';
import { AREA_IDS } from './types.ts';
import type { AreaId, EventRef, Period, PeriodsData } from './types.ts';

/** How an area is coloured. `disputed`: administered by one state, claimed by the other. */
export const SHADES = ['japan', 'russia', 'shared', 'disputed', 'undetermined', 'neutral'] as const;
export type Shade = (typeof SHADES)[number];

/** Land outside the slider's areas (`area` in geo/out/context.geojson); its holder never changed in the period. */
export const CONTEXT_AREA_IDS = ['kamchatka', 'mainland', 'honshu', 'other'] as const;
export type ContextAreaId = (typeof CONTEXT_AREA_IDS)[number];
export type MapAreaId = AreaId | ContextAreaId;

/** The lines of geo/out/boundaries.geojson (`id`); `schematic` there must match BOUNDARY_SCHEMATIC (tested). */
export const BOUNDARY_IDS = ['1855-line', '1875-line', '1905-line', 'de-facto-line'] as const;
export type BoundaryId = (typeof BOUNDARY_IDS)[number];

/** True where the treaty gave no exact line, so the map draws the line dashed, as a sketch of where it ran. */
export const BOUNDARY_SCHEMATIC: Readonly<Record<BoundaryId, boolean>> = {
  '1855-line': true,
  '1875-line': true,
  '1905-line': false,
  'de-facto-line': true,
};

export interface BoundaryState {
  id: BoundaryId;
  /** Names the line and, for a present-day line, whose view it is. */
  label: string;
  schematic: boolean;
}

export interface LegendEntry {
  shade: Shade;
  label: string;
}

export interface HistoryMapState {
  year: number;
  shading: Record<MapAreaId, Shade>;
  boundaries: BoundaryState[];
  /** True from the 1945 occupation on: the map shows `viewpoint`'s view and the control offers the three views. */
  viewpointApplies: boolean;
  /** Whose view is shown (or, before 1945, that the map follows the treaties then in force). Never empty. */
  caption: string;
  /** The shades on the map other than `neutral`, in SHADES order. */
  legend: LegendEntry[];
  /** The names of the three views for the radio group; "As administered today" becomes "As administered in 1950". */
  viewpointLabels: Record<Viewpoint, string>;
}

/** Japan renounced these in the 1951 Treaty of San Francisco (art. 2(c)); its maps leave them uncoloured. */
const RENOUNCED_BY_JAPAN: readonly AreaId[] = ['urup', 'northern-kurils', 'sakhalin-south'];
const RENUNCIATION = { id: '1951-san-francisco', date: '1951-09-08' } as const;
/** The Soviet Union ended on 26 December 1991; from the end of 1991 on, captions name Russia. */
const SOVIET_UNION_ENDS = '1991-12-26';
/** The Soviet Union was founded on 30 December 1922 (before it the legend says "Russia"). */
const SOVIET_UNION_BEGINS = '1922-12-30';

/**
 * Land outside the story keeps one shade. The mainland coast in view stays neutral: it was Qing territory until the
 * treaties of Aigun (1858) and Peking (1860), which this map does not cover.
 */
const CONTEXT_SHADES: Readonly<Record<ContextAreaId, Shade>> = {
  kamchatka: 'russia',
  mainland: 'neutral',
  honshu: 'japan',
  other: 'neutral',
};

/** The treaty lines before 1945: in force from one event until another (null: until the 1945 occupation). */
const TREATY_LINES: readonly { id: BoundaryId; from: string; until: string | null }[] = [
  { id: '1855-line', from: '1855-shimoda', until: '1875-saint-petersburg' },
  { id: '1875-line', from: '1875-saint-petersburg', until: null },
  { id: '1905-line', from: '1905-portsmouth', until: null },
];

type Year = (year: number) => string;

/**
 * Every sentence and label the history map shows. Whole sentences; the year is the only thing put into them.
 * Wording: each view is attributed ("as Japan sees it"), names are those the map uses, and the tense follows the year.
 */
export const TEXT = {
  treatyCaption: ((y) => `${y}: who held each area, by the treaties then in force.`) as Year,
  caption: {
    administered: {
      today: 'As administered today: Russia administers all four areas; Japan claims them.',
      russianPast: ((y) => `As administered in ${y}: Russia administered all four areas; Japan claimed them.`) as Year,
      sovietPast: ((y) =>
        `As administered in ${y}: the Soviet Union administered all four areas; Japan claimed them.`) as Year,
    },
    japan: {
      today:
        'As Japan sees it: the four islands are Japanese territory under Russian occupation (the Northern Territories); Japan renounced the Kurils to their north and southern Sakhalin in 1951, and holds that their status is undetermined.',
      russianPast: ((y) =>
        `As Japan sees it, in ${y}: the four islands were Japanese territory under Russian occupation (the Northern Territories); Japan had renounced the Kurils to their north and southern Sakhalin in 1951, and holds that their status is undetermined.`) as Year,
      sovietPast: ((y) =>
        `As Japan sees it, in ${y}: the four islands were Japanese territory under Soviet occupation (the Northern Territories); Japan had renounced the Kurils to their north and southern Sakhalin in 1951, and holds that their status is undetermined.`) as Year,
      beforeRenunciation: ((y) =>
        `As Japan sees it, in ${y}: the four islands were Japanese territory under Soviet occupation; the status of the Kurils to their north and of southern Sakhalin, also occupied, was left to a peace treaty.`) as Year,
    },
    russia: {
      today:
        'As Russia sees it: the islands, which it calls the South Kurils, passed to the Soviet Union as a result of the Second World War and are part of Russia, like all the Kurils and southern Sakhalin.',
      russianPast: ((y) =>
        `As Russia sees it, in ${y}: the islands, which it calls the South Kurils, had passed to the Soviet Union as a result of the Second World War and were part of Russia, like all the Kurils and southern Sakhalin.`) as Year,
      sovietPast: ((y) =>
        `As Russia sees it, in ${y}: the islands, which it calls the South Kurils, had passed to the Soviet Union as a result of the Second World War and were Soviet territory, like all the Kurils and southern Sakhalin.`) as Year,
    },
  },
  viewpoint: {
    administeredToday: 'As administered today',
    administeredIn: ((y) => `As administered in ${y}`) as Year,
    japan: 'As Japan sees it',
    russia: 'As Russia sees it',
  },
  boundary: {
    '1855-line': 'Border of the Treaty of Shimoda (1855), between Iturup and Urup',
    '1875-line': 'Border of the Treaty of Saint Petersburg (1875), between Shumshu and Kamchatka',
    '1905-line': 'Border of the Treaty of Portsmouth (1905), on the 50th parallel',
    lineOfControl: 'Line of control: the four islands are administered by Russia and claimed by Japan',
    lineOfControlSoviet: 'Line of control: the four islands were administered by the Soviet Union and claimed by Japan',
    japanClaim: 'Border as Japan sees it, between Iturup and Urup',
    japanUndetermined: 'Limit of the area whose status Japan holds to be undetermined',
    russiaBorder: 'State border as Russia sees it',
    russiaBorderSoviet: 'State border as Russia sees it (then Soviet)',
  },
  legend: {
    japan: 'Japan',
    russiaEmpire: 'Russia',
    sovietUnion: 'Soviet Union',
    russia: 'Russia',
    shared: 'Shared by Japan and Russia (Sakhalin left undivided)',
    disputed: 'Administered by Russia, claimed by Japan',
    disputedSoviet: 'Administered by the Soviet Union, claimed by Japan',
    japanView: 'Japan, as Japan sees it',
    undetermined: 'Renounced by Japan in 1951; status undetermined, as Japan sees it',
    undeterminedBefore: 'Status left to a peace treaty, as Japan sees it',
    russiaView: 'Russia, as Russia sees it',
    sovietView: 'Soviet Union, as Russia sees it',
    /** Shown once under the boundary lines when any of them is dashed. */
    schematic: 'Dashed lines are schematic: they show roughly where a line runs at sea, not its exact course',
  },
} as const;

type Phase = 'today' | 'russianPast' | 'sovietPast';

const shadeOfHolder = (p: Period): Shade => p.holder;

/** The date an event took place, from `events` or the periods' own events; `fallback` when neither has it. */
function eventDate(id: string, events: readonly EventRef[], fallback?: string): string {
  const found = events.find((e) => e.id === id)?.date;
  if (found) return found;
  if (fallback) return fallback;
  throw new Error(`no date for event "${id}"`);
}

/**
 * The history map in slider year `year` (the state at the end of that year, today's in the current year) from
 * `viewpoint`. `events` (e.g. every event of content/events/) may add dates; the periods' own events are always used.
 * Throws RangeError before the first period or after today.
 */
export function mapStateAt(
  year: number,
  viewpoint: Viewpoint,
  data: PeriodsData,
  events: readonly EventRef[] = [],
  today: string = todayIso(),
): HistoryMapState {
  const allEvents = [...periodEvents(data), ...events];
  const { date, areas } = stateInYear(indexByArea(data), allEvents, year, today);
  const periods = {} as Record<AreaId, Period>;
  for (const id of AREA_IDS) {
    const p = areas[id];
    if (!p) throw new RangeError(`${year} is before the first period of "${id}"`);
    periods[id] = p;
  }
  const shading = { ...CONTEXT_SHADES } as Record<MapAreaId, Shade>;
  const viewpointApplies = AREA_IDS.some((id) => periods[id].claimedBy !== null);
  const isToday = year === yearOf(today);
  const viewpointLabels: Record<Viewpoint, string> = {
    administered: isToday ? TEXT.viewpoint.administeredToday : TEXT.viewpoint.administeredIn(year),
    japan: TEXT.viewpoint.japan,
    russia: TEXT.viewpoint.russia,
  };

  if (!viewpointApplies) {
    for (const id of AREA_IDS) shading[id] = shadeOfHolder(periods[id]);
    const inForce = (id: string) => eventDate(id, allEvents) <= date;
    const boundaries = TREATY_LINES.filter((l) => inForce(l.from) && (l.until === null || !inForce(l.until))).map((l) =>
      boundary(l.id, TEXT.boundary[l.id as '1855-line' | '1875-line' | '1905-line']),
    );
    const russiaLabel = date < SOVIET_UNION_BEGINS ? TEXT.legend.russiaEmpire : TEXT.legend.sovietUnion;
    const labels: Partial<Record<Shade, string>> = {
      japan: TEXT.legend.japan,
      russia: russiaLabel,
      shared: TEXT.legend.shared,
    };
    return {
      year,
      shading,
      boundaries,
      viewpointApplies,
      caption: TEXT.treatyCaption(year),
      legend: legendOf(shading, labels),
      viewpointLabels,
    };
  }

  const phase: Phase = isToday ? 'today' : date < SOVIET_UNION_ENDS ? 'sovietPast' : 'russianPast';
  const soviet = phase === 'sovietPast';
  const claimed = (id: AreaId) => periods[id].claimedBy === 'japan';

  if (viewpoint === 'administered') {
    for (const id of AREA_IDS) shading[id] = claimed(id) ? 'disputed' : shadeOfHolder(periods[id]);
    const c = TEXT.caption.administered;
    return {
      year,
      shading,
      boundaries: [boundary('de-facto-line', soviet ? TEXT.boundary.lineOfControlSoviet : TEXT.boundary.lineOfControl)],
      viewpointApplies,
      caption: phase === 'today' ? c.today : c[phase](year),
      legend: legendOf(shading, {
        japan: TEXT.legend.japan,
        russia: soviet ? TEXT.legend.sovietUnion : TEXT.legend.russia,
        disputed: soviet ? TEXT.legend.disputedSoviet : TEXT.legend.disputed,
      }),
      viewpointLabels,
    };
  }

  if (viewpoint === 'japan') {
    const renounced = eventDate(RENUNCIATION.id, allEvents, RENUNCIATION.date) <= date;
    for (const id of AREA_IDS) {
      shading[id] = claimed(id)
        ? 'japan'
        : RENOUNCED_BY_JAPAN.includes(id)
          ? 'undetermined'
          : shadeOfHolder(periods[id]);
    }
    const c = TEXT.caption.japan;
    return {
      year,
      shading,
      boundaries: [
        boundary('1855-line', TEXT.boundary.japanClaim),
        boundary('1875-line', TEXT.boundary.japanUndetermined),
        boundary('1905-line', TEXT.boundary.japanUndetermined),
      ],
      viewpointApplies,
      caption: !renounced ? c.beforeRenunciation(year) : phase === 'today' ? c.today : c[phase](year),
      legend: legendOf(shading, {
        japan: TEXT.legend.japanView,
        russia: soviet ? TEXT.legend.sovietUnion : TEXT.legend.russia,
        undetermined: renounced ? TEXT.legend.undetermined : TEXT.legend.undeterminedBefore,
      }),
      viewpointLabels,
    };
  }

  for (const id of AREA_IDS) shading[id] = shadeOfHolder(periods[id]);
  const c = TEXT.caption.russia;
  return {
    year,
    shading,
    boundaries: [boundary('de-facto-line', soviet ? TEXT.boundary.russiaBorderSoviet : TEXT.boundary.russiaBorder)],
    viewpointApplies,
    caption: phase === 'today' ? c.today : c[phase](year),
    legend: legendOf(shading, {
      japan: TEXT.legend.japan,
      russia: soviet ? TEXT.legend.sovietView : TEXT.legend.russiaView,
    }),
    viewpointLabels,
  };
}

function boundary(id: BoundaryId, label: string): BoundaryState {
  return { id, label, schematic: BOUNDARY_SCHEMATIC[id] };
}

/** One entry per shade on the map (neutral land left out), in SHADES order. Throws if a shade has no label. */
function legendOf(shading: Record<MapAreaId, Shade>, labels: Partial<Record<Shade, string>>): LegendEntry[] {
  const used = new Set(Object.values(shading));
  return SHADES.filter((s) => s !== 'neutral' && used.has(s)).map((shade) => {
    const label = labels[shade];
    if (!label) throw new Error(`no legend label for shade "${shade}"`);
    return { shade, label };
  });
}
