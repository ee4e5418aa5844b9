/**
 * Test support (not app code): the holding history the issue asks for, written out independently of
 * content/periods/, and the dates of the fixed events. Tests compare the logic and the real data against it.
 */
import type { AreaId, Claimant, EventRef, Holder, PeriodsData } from '../../../src/lib/history/types.ts';
import { AREA_IDS } from '../../../src/lib/history/types.ts';

export const EVENT_DATES = {
  '1855-shimoda': '1855-02-07',
  '1875-saint-petersburg': '1875-05-07',
  '1905-portsmouth': '1905-09-05',
  '1945-yalta': '1945-02-11',
  '1945-soviet-occupation': '1945-08-18',
  '1945-soviet-occupation-iturup': '1945-08-28',
  '1945-soviet-occupation-kunashir-shikotan': '1945-09-01',
  '1945-soviet-occupation-habomai': '1945-09-03',
  '1946-south-sakhalin-oblast': '1946-02-02',
  '1951-san-francisco': '1951-09-08',
  '1956-joint-declaration': '1956-10-19',
  '1960-soviet-memorandum': '1960-01-27',
  '1993-tokyo-declaration': '1993-10-13',
  '2001-irkutsk-statement': '2001-03-25',
  '2018-singapore': '2018-11-14',
  '2018-negotiation-mechanism': '2018-12-01',
  '2020-russian-constitution': '2020-07-04',
  '2022-talks-suspended': '2022-03-21',
} as const satisfies Record<string, string>;
export type FixedEventId = keyof typeof EVENT_DATES;

export const ALL_EVENTS: EventRef[] = Object.entries(EVENT_DATES).map(([id, date]) => ({ id, date }));

export interface ExpectedPeriod {
  holder: Holder;
  claimedBy: Claimant | null;
  from: FixedEventId;
  until: FixedEventId | null;
}

const p = (
  holder: Holder,
  from: FixedEventId,
  until: FixedEventId | null,
  claimedBy: Claimant | null = null,
): ExpectedPeriod => ({
  holder,
  claimedBy,
  from,
  until,
});

/** Each disputed area changed hands on the day Soviet forces reached it, not on the day of the first landing. */
const disputed = (occupied: FixedEventId): ExpectedPeriod[] => [
  p('japan', '1855-shimoda', occupied),
  p('russia', occupied, '1946-south-sakhalin-oblast', 'japan'),
  p('russia', '1946-south-sakhalin-oblast', null, 'japan'),
];
const kurilsNorth: ExpectedPeriod[] = [
  p('russia', '1855-shimoda', '1875-saint-petersburg'),
  p('japan', '1875-saint-petersburg', '1945-soviet-occupation'),
  p('russia', '1945-soviet-occupation', '1946-south-sakhalin-oblast'),
  p('russia', '1946-south-sakhalin-oblast', null),
];

export const EXPECTED: Record<AreaId, ExpectedPeriod[]> = {
  iturup: disputed('1945-soviet-occupation-iturup'),
  kunashir: disputed('1945-soviet-occupation-kunashir-shikotan'),
  shikotan: disputed('1945-soviet-occupation-kunashir-shikotan'),
  habomai: disputed('1945-soviet-occupation-habomai'),
  hokkaido: [p('japan', '1855-shimoda', null)],
  urup: kurilsNorth,
  'northern-kurils': kurilsNorth,
  'sakhalin-south': [
    p('shared', '1855-shimoda', '1875-saint-petersburg'),
    p('russia', '1875-saint-petersburg', '1905-portsmouth'),
    p('japan', '1905-portsmouth', '1945-soviet-occupation'),
    p('russia', '1945-soviet-occupation', '1946-south-sakhalin-oblast'),
    p('russia', '1946-south-sakhalin-oblast', null),
  ],
  'sakhalin-north': [
    p('shared', '1855-shimoda', '1875-saint-petersburg'),
    p('russia', '1875-saint-petersburg', '1905-portsmouth'),
    p('russia', '1905-portsmouth', null),
  ],
};

/** The expected holder on `date`, by a different method than holderAt: the last period started by then. */
export function expectedAt(area: AreaId, date: string): ExpectedPeriod | null {
  let found: ExpectedPeriod | null = null;
  for (const e of EXPECTED[area]) if (EVENT_DATES[e.from] <= date) found = e;
  return found;
}

/** Every boundary date of every area, sorted. */
export function allBoundaryDates(): string[] {
  const set = new Set<string>();
  for (const id of AREA_IDS) {
    for (const e of EXPECTED[id]) {
      set.add(EVENT_DATES[e.from]);
      if (e.until) set.add(EVENT_DATES[e.until]);
    }
  }
  return [...set].sort();
}

/** PeriodsData built from EXPECTED (placeholder texts), for logic tests independent of content/. */
export function expectedData(): PeriodsData {
  const eraEvents: FixedEventId[] = [
    '1855-shimoda',
    '1875-saint-petersburg',
    '1905-portsmouth',
    '1945-soviet-occupation',
    '1946-south-sakhalin-oblast',
  ];
  return {
    areas: AREA_IDS.map((id) => ({
      id,
      nameEn: id,
      periods: EXPECTED[id].map((e) => ({
        holder: e.holder,
        stateLabel: e.holder,
        claimedBy: e.claimedBy,
        fromEvent: e.from,
        fromDate: EVENT_DATES[e.from],
        untilEvent: e.until,
        untilDate: e.until ? EVENT_DATES[e.until] : null,
      })),
    })),
    eras: eraEvents.map((event) => ({
      event,
      date: EVENT_DATES[event],
      title: `Title of ${event}`,
      statusLine: `Status from ${event}.`,
    })),
  };
}
