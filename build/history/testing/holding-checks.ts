/**
 * Test support (not app code): the checks every PeriodsData must pass — run on data built from EXPECTED
 * (src/lib/history/periods.test.ts) and on the real content/ (build/history/periods.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { addDays, dateForYear, todayIso } from '../../../src/lib/history/dates.ts';
import { holderAt, indexByArea, stateInYear } from '../../../src/lib/history/periods.ts';
import { AREA_IDS, DISPUTED_AREA_IDS } from '../../../src/lib/history/types.ts';
import type { AreaId, Holder, PeriodsData } from '../../../src/lib/history/types.ts';
import { ALL_EVENTS, allBoundaryDates, EVENT_DATES, EXPECTED, expectedAt } from './expected.ts';

const held = (data: PeriodsData, area: AreaId, date: string) => {
  const periods = data.areas.find((a) => a.id === area)?.periods;
  if (!periods) throw new Error(`no area ${area}`);
  const p = holderAt(periods, date);
  return p && { holder: p.holder, claimedBy: p.claimedBy, from: p.fromEvent, until: p.untilEvent };
};

export function holdingChecks(label: string, getData: () => PeriodsData): void {
  describe(`${label}: holdings at and around every boundary`, () => {
    for (const area of AREA_IDS) {
      it(`${area}: the day before, the day of and the day after each of its boundaries`, () => {
        const data = getData();
        const expected = EXPECTED[area];
        expected.forEach((e, i) => {
          const day = EVENT_DATES[e.from];
          const before = i === 0 ? null : expected[i - 1];
          expect(held(data, area, addDays(day, -1)), `${area} on ${addDays(day, -1)}`).toEqual(before ?? null);
          expect(held(data, area, day), `${area} on ${day}`).toEqual(e);
          expect(held(data, area, addDays(day, 1)), `${area} on ${addDays(day, 1)}`).toEqual(e);
        });
      });
      it(`${area}: at and around every boundary date of every area`, () => {
        const data = getData();
        for (const day of allBoundaryDates()) {
          for (const d of [addDays(day, -1), day, addDays(day, 1)]) {
            expect(held(data, area, d), `${area} on ${d}`).toEqual(expectedAt(area, d));
          }
        }
      });
    }
  });

  describe(`${label}: years`, () => {
    const today = '2026-06-15';
    const holders = (year: number): Record<AreaId, Holder | null> => {
      const s = stateInYear(indexByArea(getData()), ALL_EVENTS, year, today);
      return Object.fromEntries(AREA_IDS.map((id) => [id, s.areas[id]?.holder ?? null])) as Record<
        AreaId,
        Holder | null
      >;
    };
    it('1860: Urup Russian, Iturup and Shikotan Japanese, Sakhalin shared', () => {
      expect(holders(1860)).toMatchObject({
        urup: 'russia',
        'northern-kurils': 'russia',
        iturup: 'japan',
        kunashir: 'japan',
        shikotan: 'japan',
        habomai: 'japan',
        hokkaido: 'japan',
        'sakhalin-south': 'shared',
        'sakhalin-north': 'shared',
      });
    });
    it('1880: all the Kurils Japanese, Sakhalin Russian', () => {
      expect(holders(1880)).toMatchObject({
        urup: 'japan',
        'northern-kurils': 'japan',
        iturup: 'japan',
        'sakhalin-south': 'russia',
        'sakhalin-north': 'russia',
      });
    });
    it('1910: Urup and southern Sakhalin Japanese, northern Sakhalin Russian', () => {
      expect(holders(1910)).toMatchObject({ urup: 'japan', 'sakhalin-south': 'japan', 'sakhalin-north': 'russia' });
    });
    it('1945 (end of year) and 1950: Urup, Iturup, Shikotan, southern Sakhalin Soviet', () => {
      for (const year of [1945, 1950]) {
        expect(holders(year)).toMatchObject({
          urup: 'russia',
          iturup: 'russia',
          shikotan: 'russia',
          'sakhalin-south': 'russia',
          hokkaido: 'japan',
        });
      }
    });
    it('1944: still Japanese', () => {
      expect(holders(1944)).toMatchObject({
        urup: 'japan',
        iturup: 'japan',
        habomai: 'japan',
        'sakhalin-south': 'japan',
      });
    });
    it('today: the four administered by Russia and claimed by Japan; Hokkaido Japanese', () => {
      for (const t of [today, todayIso()]) {
        const s = stateInYear(indexByArea(getData()), ALL_EVENTS, Number(t.slice(0, 4)), t);
        expect(s.date).toBe(t);
        for (const id of DISPUTED_AREA_IDS) {
          expect(s.areas[id]).toMatchObject({ holder: 'russia', claimedBy: 'japan', untilEvent: null });
        }
        for (const id of ['urup', 'northern-kurils', 'sakhalin-south', 'sakhalin-north'] as const) {
          expect(s.areas[id]).toMatchObject({ holder: 'russia', claimedBy: null });
        }
        expect(s.areas.hokkaido).toMatchObject({ holder: 'japan', claimedBy: null });
      }
    });
    it('every year from 1855 to today: every area has exactly one period', () => {
      const byArea = indexByArea(getData());
      for (let y = 1855; y <= 2026; y++) {
        const date = dateForYear(y, today);
        for (const id of AREA_IDS) {
          const n = byArea[id].filter((p) => p.fromDate <= date && (p.untilDate === null || date < p.untilDate)).length;
          expect(n, `${id} in ${y}`).toBe(1);
        }
      }
    });
  });
}
