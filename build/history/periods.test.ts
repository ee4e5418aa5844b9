import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadPeriods } from './periods.ts';
import { announce, eventAt, periodEvents } from '../../src/lib/history/periods.ts';
import type { PeriodsData } from '../../src/lib/history/types.ts';
import { EVENT_DATES, EXPECTED } from './testing/expected.ts';
import { holdingChecks } from './testing/holding-checks.ts';
import { AREA_IDS } from '../../src/lib/history/types.ts';

const FIXTURES = join('build', 'history', 'fixtures');
const FIXTURE_EVENTS = join(FIXTURES, 'events');

/** Loads a fixture case; returns the error message, or '' if it loaded. */
function loadCase(name: string): string {
  try {
    loadPeriods(join(FIXTURES, name), { eventsDir: FIXTURE_EVENTS, requiredAreas: ['urup'] });
    return '';
  } catch (err) {
    return (err as Error).message;
  }
}

const file = (name: string, f = 'urup.yaml') => join(FIXTURES, name, 'periods', f);

describe('loadPeriods on broken fixtures: every problem as file:line: message', () => {
  it('valid fixture loads', () => {
    const data = loadPeriods(join(FIXTURES, 'valid'), { eventsDir: FIXTURE_EVENTS, requiredAreas: ['urup'] });
    expect(data.areas.map((a) => a.id)).toEqual(['urup']);
    expect(data.areas[0]?.periods.map((p) => [p.fromDate, p.untilDate])).toEqual([
      ['1855-02-07', '1875-05-07'],
      ['1875-05-07', '1945-08-18'],
      ['1945-08-18', null],
    ]);
  });
  it('gap', () => {
    expect(loadCase('gap')).toContain(
      `${file('gap')}:11: gap: the previous period ends at 1875-saint-petersburg, 1875-05-07 but this one starts at 1905-portsmouth, 1905-09-05`,
    );
  });
  it('overlap', () => {
    expect(loadCase('overlap')).toContain(
      `${file('overlap')}:16: overlap: the previous period ends at 1945-soviet-occupation, 1945-08-18 but this one starts at 1905-portsmouth, 1905-09-05`,
    );
  });
  it('unknown event', () => {
    const msg = loadCase('unknown-event');
    expect(msg).toContain(`${file('unknown-event')}:12: unknown event id "1944-no-such-event"`);
    expect(msg).toContain(`${file('unknown-event')}:16: unknown event id "1944-no-such-event"`);
  });
  it('wrong first event', () => {
    expect(loadCase('wrong-first-event')).toContain(
      `${file('wrong-first-event')}:6: the first period must start at 1855-shimoda, not "1875-saint-petersburg"`,
    );
  });
  it('boundary date that is not the event date', () => {
    expect(loadCase('date-mismatch')).toContain(
      `${file('date-mismatch')}:14: from_date 1875-05-08 is not the date of event "1875-saint-petersburg" (1875-05-07)`,
    );
    expect(loadCase('imprecise-date')).toContain(
      `${file('imprecise-date')}:12: event "1999-imprecise" has the date "1999"`,
    );
  });
  it('last period not open-ended', () => {
    expect(loadCase('open-ended')).toContain(`${file('open-ended')}:17: the last period must be in force today`);
  });
  it('schema errors with lines', () => {
    const msg = loadCase('bad-schema');
    expect(msg).toContain(`${file('bad-schema')}:9: periods.1.holder: `);
    expect(msg).toContain(`${file('bad-schema')}:14: unknown field "colour"`);
    expect(msg).toContain(`${file('bad-schema')}:19: periods.2.summary: must be a full sentence`);
  });
  it('a period start without an era', () => {
    expect(loadCase('missing-era')).toContain(
      `${file('missing-era', 'eras.yaml')}:2: no era starts at "1875-saint-petersburg"`,
    );
  });
  it('missing areas and missing folders', () => {
    expect(() => loadPeriods(join(FIXTURES, 'valid'), { eventsDir: FIXTURE_EVENTS })).toThrow(
      `${file('valid', 'iturup.yaml')}: missing (no periods for area "iturup")`,
    );
    expect(() => loadPeriods(join(FIXTURES, 'nowhere'))).toThrow(/cannot read the periods folder/);
  });
  it('a period that starts at an event which does not name its area', () => {
    const msg = loadCase('not-the-areas-event');
    expect(msg).toContain(
      `${file('not-the-areas-event')}:16: event "1945-soviet-occupation-iturup" does not start a period for urup: its starts_period_for names iturup`,
    );
    expect(msg).toContain(
      `event "1945-soviet-occupation" names urup in starts_period_for, but no period of urup starts at it`,
    );
  });
  it('lists every problem, with a count', () => {
    const msg = loadCase('unknown-event');
    expect(msg.split('\n')[0]).toMatch(/^\d+ problems in /);
  });
});

/** The real content/periods/ with the real content/events/ (dates and starts_period_for). */
let real: PeriodsData | null = null;
const getReal = (): PeriodsData => (real ??= loadPeriods('content'));

describe('content/periods/', () => {
  it('loads and matches the expected history period by period', () => {
    const data = getReal();
    expect(data.areas.map((a) => a.id)).toEqual([...AREA_IDS]);
    for (const area of data.areas) {
      expect(
        area.periods.map((p) => ({ holder: p.holder, claimedBy: p.claimedBy, from: p.fromEvent, until: p.untilEvent })),
        area.id,
      ).toEqual(EXPECTED[area.id]);
    }
  });
  it('covers 1855 to today without gaps or overlaps, on event dates', () => {
    for (const area of getReal().areas) {
      expect(area.periods[0]?.fromEvent).toBe('1855-shimoda');
      expect(area.periods.at(-1)?.untilEvent).toBeNull();
      area.periods.forEach((p, i) => {
        expect(p.fromDate).toBe(EVENT_DATES[p.fromEvent as keyof typeof EVENT_DATES]);
        if (i > 0) expect(p.fromDate).toBe(area.periods[i - 1]?.untilDate);
        if (p.untilEvent) expect(p.untilDate! > p.fromDate).toBe(true);
      });
    }
  });
  it('the four disputed islands are claimed by Japan after 1945, and only they', () => {
    for (const area of getReal().areas) {
      for (const p of area.periods) {
        const disputed = ['iturup', 'kunashir', 'shikotan', 'habomai'].includes(area.id) && p.holder === 'russia';
        expect(p.claimedBy, `${area.id} from ${p.fromEvent}`).toBe(disputed ? 'japan' : null);
      }
    }
  });
  it('state labels of the Russian periods name the state of the day', () => {
    const labels = new Set(
      getReal().areas.flatMap((a) => a.periods.filter((p) => p.holder === 'russia').map((p) => p.stateLabel)),
    );
    expect([...labels].sort()).toEqual([
      'Russian Empire',
      'Russian Empire, later the Soviet Union, then the Russian Federation (from 1991)',
      'Soviet Union',
      'Soviet Union, then Russian Federation (from 1991)',
    ]);
  });
  it('announces years from the eras', () => {
    const data = getReal();
    const today = '2026-06-15';
    expect(announce(1855, data, { today })).toBe(
      '1855: Treaty of Shimoda. Border between Iturup and Urup, with the islands to the south Japanese and Urup and the islands to the north Russian; Sakhalin shared.',
    );
    expect(announce(1875, data, { today })).toBe(
      '1875: Treaty of Saint Petersburg. All the Kurils held by Japan; Sakhalin by Russia.',
    );
    expect(announce(1910, data, { today })).toBe(
      '1910: Treaty of Portsmouth (1905). Southern Sakhalin to Japan at the 50th parallel, northern Sakhalin Russian; the Kurils Japanese.',
    );
    expect(
      announce(2026, data, {
        today,
        events: [{ id: '2022-talks-suspended', date: '2022-03-21', title: 'Russia suspends peace treaty talks' }],
      }),
    ).toBe(
      '2026: Russia suspends peace treaty talks (2022). Southern Sakhalin and all the Kurils incorporated into the Soviet Union, and held by Russia since 1991; Iturup, Kunashir, Shikotan and Habomai claimed by Japan.',
    );
    expect(eventAt(1950, periodEvents(data), today)?.id).toBe('1946-south-sakhalin-oblast');
  });
});

holdingChecks('content/periods/', getReal);

describe('the date each area changed hands in 1945', () => {
  // The fact-check of issue 11: the four southern areas were occupied after the landing on Shumshu (18 August).
  it.each([
    ['iturup', '1945-08-28'],
    ['kunashir', '1945-09-01'],
    ['shikotan', '1945-09-01'],
    ['habomai', '1945-09-03'],
    ['urup', '1945-08-18'],
    ['northern-kurils', '1945-08-18'],
    ['sakhalin-south', '1945-08-18'],
  ] as const)('%s is Soviet-held from %s', (area, date) => {
    const periods = getReal().areas.find((a) => a.id === area)!.periods;
    const soviet = periods.find((p) => p.holder === 'russia' && p.fromDate.startsWith('1945'))!;
    expect(soviet.fromDate).toBe(date);
    expect(periods[periods.indexOf(soviet) - 1]?.holder).toBe('japan');
  });
});

describe('content/periods/ with the real content/events/', () => {
  // Fails while content/events/ lacks any of the cited events (it is being written at the same time).
  it('loads: every cited event exists and every boundary date is its event date', () => {
    const data = loadPeriods('content');
    for (const area of data.areas) {
      for (const p of area.periods) {
        expect(p.fromDate, `${area.id} ${p.fromEvent}`).toBe(EVENT_DATES[p.fromEvent as keyof typeof EVENT_DATES]);
      }
    }
  });
});
