import { describe, expect, it } from 'vitest';
import { addDays, dateForYear, isIsoDay, onOrBefore, todayIso } from './dates.ts';
import {
  announce,
  eraAt,
  eventAt,
  eventsInForce,
  holderAt,
  indexByArea,
  periodEvents,
  sliderRange,
  stateInYear,
} from './periods.ts';
import type { PeriodsData } from './types.ts';
import { ALL_EVENTS, expectedData } from '../../../build/history/testing/expected.ts';
import { holdingChecks } from '../../../build/history/testing/holding-checks.ts';

holdingChecks('logic on the expected history', expectedData);

describe('dates', () => {
  it('validates and shifts ISO days', () => {
    expect(isIsoDay('1855-02-07')).toBe(true);
    expect(isIsoDay('1855-02-30')).toBe(false);
    expect(isIsoDay('1855')).toBe(false);
    expect(addDays('1875-05-07', -1)).toBe('1875-05-06');
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
    expect(addDays('2000-12-31', 1)).toBe('2001-01-01');
  });
  it('a year stands for 31 December, the current year for today', () => {
    expect(dateForYear(1875, '2026-03-01')).toBe('1875-12-31');
    expect(dateForYear(2026, '2026-03-01')).toBe('2026-03-01');
    expect(() => dateForYear(2027, '2026-03-01')).toThrow(RangeError);
    expect(() => dateForYear(1875.5, '2026-03-01')).toThrow(RangeError);
    expect(dateForYear(Number(todayIso().slice(0, 4)))).toBe(todayIso());
  });
  it('partial event dates count from their first day', () => {
    expect(onOrBefore('1956', '1956-01-01')).toBe(true);
    expect(onOrBefore('1956-10', '1956-09-30')).toBe(false);
    expect(onOrBefore('1956-10-19', '1956-10-19')).toBe(true);
  });
});

describe('holderAt', () => {
  const urup = expectedData().areas.find((a) => a.id === 'urup')!.periods;
  it('is null before the first period and rejects non-dates', () => {
    expect(holderAt(urup, '1855-02-06')).toBeNull();
    expect(() => holderAt(urup, '1855')).toThrow(RangeError);
  });
  it('the start date is inclusive, the end date exclusive', () => {
    expect(holderAt(urup, '1875-05-06')?.holder).toBe('russia');
    expect(holderAt(urup, '1875-05-07')?.holder).toBe('japan');
    expect(holderAt(urup, '2999-01-01')?.fromEvent).toBe('1946-south-sakhalin-oblast');
  });
});

describe('events', () => {
  const today = '2026-06-15';
  it('eventAt: the latest event on or before the end of the year', () => {
    expect(eventAt(1854, ALL_EVENTS, today)).toBeNull();
    expect(eventAt(1855, ALL_EVENTS, today)?.id).toBe('1855-shimoda');
    expect(eventAt(1874, ALL_EVENTS, today)?.id).toBe('1855-shimoda');
    expect(eventAt(1875, ALL_EVENTS, today)?.id).toBe('1875-saint-petersburg');
    expect(eventAt(1945, ALL_EVENTS, today)?.id).toBe('1945-soviet-occupation-habomai');
    expect(eventAt(2018, ALL_EVENTS, today)?.id).toBe('2018-negotiation-mechanism');
    expect(eventAt(2026, ALL_EVENTS, today)?.id).toBe('2022-talks-suspended');
  });
  it('eventAt in the current year only counts events up to today', () => {
    const events = [...ALL_EVENTS, { id: '2026-later', date: '2026-09-01' }, { id: '2026-earlier', date: '2026-02' }];
    expect(eventAt(2026, events, today)?.id).toBe('2026-earlier');
    expect(eventAt(2026, events, '2026-12-01')?.id).toBe('2026-later');
  });
  it('eventsInForce lists them oldest first, in any input order', () => {
    const ids = eventsInForce(1946, [...ALL_EVENTS].reverse(), today).map((e) => e.id);
    expect(ids).toEqual([
      '1855-shimoda',
      '1875-saint-petersburg',
      '1905-portsmouth',
      '1945-yalta',
      '1945-soviet-occupation',
      '1945-soviet-occupation-iturup',
      '1945-soviet-occupation-kunashir-shikotan',
      '1945-soviet-occupation-habomai',
      '1946-south-sakhalin-oblast',
    ]);
  });
  it('periodEvents: the boundary and era events, with era titles', () => {
    const evs = periodEvents(expectedData());
    expect(evs.map((e) => e.id)).toEqual([
      '1855-shimoda',
      '1875-saint-petersburg',
      '1905-portsmouth',
      '1945-soviet-occupation',
      '1945-soviet-occupation-iturup',
      '1945-soviet-occupation-kunashir-shikotan',
      '1945-soviet-occupation-habomai',
      '1946-south-sakhalin-oblast',
    ]);
    expect(evs[1]?.title).toBe('Title of 1875-saint-petersburg');
    expect(eventAt(1960, evs, today)?.id).toBe('1946-south-sakhalin-oblast');
  });
  it('stateInYear reports the date and the event', () => {
    const s = stateInYear(indexByArea(expectedData()), ALL_EVENTS, 1956, today);
    expect(s.date).toBe('1956-12-31');
    expect(s.event?.id).toBe('1956-joint-declaration');
    expect(s.areas.shikotan?.holder).toBe('russia');
  });
  it('indexByArea refuses incomplete data', () => {
    const d = expectedData();
    expect(() => indexByArea({ ...d, areas: d.areas.slice(1) })).toThrow(/iturup/);
  });
});

describe('announce', () => {
  const data: PeriodsData = expectedData();
  const today = '2026-06-15';
  it('names the event of the year and the status line of the era', () => {
    expect(announce(1875, data, { today })).toBe(
      '1875: Title of 1875-saint-petersburg. Status from 1875-saint-petersburg.',
    );
  });
  it('adds the event year when it is not the slider year', () => {
    expect(announce(1880, data, { today })).toBe(
      '1880: Title of 1875-saint-petersburg (1875). Status from 1875-saint-petersburg.',
    );
  });
  it('uses titles of the events passed in, also for events that do not start an era', () => {
    const events = [
      { id: '1875-saint-petersburg', date: '1875-05-07', title: 'Treaty of Saint Petersburg' },
      { id: '1956-joint-declaration', date: '1956-10-19', title: 'Soviet–Japanese Joint Declaration' },
    ];
    expect(announce(1875, data, { today, events })).toBe(
      '1875: Treaty of Saint Petersburg. Status from 1875-saint-petersburg.',
    );
    expect(announce(1960, data, { today, events })).toBe(
      '1960: Soviet–Japanese Joint Declaration (1956). Status from 1946-south-sakhalin-oblast.',
    );
  });
  it('1945: the occupation era at the end of the year', () => {
    expect(announce(1945, data, { today })).toBe(
      '1945: Title of 1945-soviet-occupation. Status from 1945-soviet-occupation.',
    );
  });
  it('refuses years outside the slider', () => {
    expect(() => announce(1854, data, { today })).toThrow(RangeError);
    expect(() => announce(2027, data, { today })).toThrow(RangeError);
    expect(sliderRange(data, today)).toEqual({ first: 1855, last: 2026 });
  });
  it('eraAt', () => {
    expect(eraAt(data.eras, '1855-02-06')).toBeNull();
    expect(eraAt(data.eras, '1946-02-01')?.event).toBe('1945-soviet-occupation');
    expect(eraAt(data.eras, '1946-02-02')?.event).toBe('1946-south-sakhalin-oblast');
  });
});
