import { describe, expect, it } from 'vitest';
import {
  nextTick,
  playStart,
  playStep,
  prevTick,
  readout,
  tickGradient,
  tickInForce,
  tickPercent,
  tickYears,
  yearForKey,
} from './slider.ts';
import type { SliderBounds, Tick } from './slider.ts';

const t = (year: number, eventId: string, title = eventId, date = String(year)): Tick => ({
  year,
  date,
  eventId,
  title,
});
const TICKS: Tick[] = [
  t(1855, '1855-shimoda', 'Treaty of Shimoda'),
  t(1875, '1875-saint-petersburg', 'Treaty of Saint Petersburg', '1875-05-07'),
  t(1905, '1905-portsmouth', 'Treaty of Portsmouth'),
  t(1945, '1945-yalta', 'Yalta Agreement'),
  t(1945, '1945-soviet-occupation', 'Soviet occupation'),
  t(1956, '1956-joint-declaration', 'Joint Declaration'),
];
const BOUNDS: SliderBounds = { min: 1855, max: 2026, ticks: TICKS };

describe('ticks', () => {
  it('one stop per year, ascending, whatever the order given', () => {
    expect(tickYears([...TICKS].reverse())).toEqual([1855, 1875, 1905, 1945, 1956]);
  });
  it('previous and next event years, null past the ends', () => {
    expect(prevTick(1880, TICKS)).toBe(1875);
    expect(prevTick(1875, TICKS)).toBe(1855);
    expect(prevTick(1855, TICKS)).toBeNull();
    expect(nextTick(1875, TICKS)).toBe(1905);
    expect(nextTick(1880, TICKS)).toBe(1905);
    expect(nextTick(1956, TICKS)).toBeNull();
  });
  it('positions ticks along the track', () => {
    expect(tickPercent(1855, 1855, 2026)).toBe(0);
    expect(tickPercent(2026, 1855, 2026)).toBe(100);
    expect(tickPercent(1940.5, 1855, 2026)).toBeCloseTo(50, 0);
    expect(tickPercent(1900, 1900, 1900)).toBe(0);
  });
});

describe('readout', () => {
  it('the year and the event in force', () => {
    expect(readout(1875, TICKS)).toBe('1875 · Treaty of Saint Petersburg (7 May 1875)');
    expect(readout(1880, TICKS)).toBe('1880 · Treaty of Saint Petersburg (7 May 1875)');
    expect(readout(1946, TICKS)).toBe('1946 · Soviet occupation (1945)');
  });
  it('the last event of a year with several', () => {
    expect(tickInForce(1945, TICKS)?.eventId).toBe('1945-soviet-occupation');
  });
  it('just the year before any event', () => {
    expect(readout(1850, TICKS)).toBe('1850');
  });
});

describe('yearForKey', () => {
  it('arrows jump between events', () => {
    expect(yearForKey('ArrowRight', 1855, BOUNDS)).toBe(1875);
    expect(yearForKey('ArrowUp', 1880, BOUNDS)).toBe(1905);
    expect(yearForKey('ArrowLeft', 1880, BOUNDS)).toBe(1875);
    expect(yearForKey('ArrowDown', 1875, BOUNDS)).toBe(1855);
  });
  it('arrows past the last or first event go to the ends', () => {
    expect(yearForKey('ArrowRight', 1956, BOUNDS)).toBe(2026);
    expect(yearForKey('ArrowRight', 2026, BOUNDS)).toBe(2026);
    expect(yearForKey('ArrowLeft', 1855, BOUNDS)).toBe(1855);
  });
  it('Home, End and ten-year pages, clamped', () => {
    expect(yearForKey('Home', 1956, BOUNDS)).toBe(1855);
    expect(yearForKey('End', 1956, BOUNDS)).toBe(2026);
    expect(yearForKey('PageUp', 1956, BOUNDS)).toBe(1966);
    expect(yearForKey('PageDown', 1860, BOUNDS)).toBe(1855);
    expect(yearForKey('PageUp', 2020, BOUNDS)).toBe(2026);
  });
  it('leaves other keys to the browser', () => {
    expect(yearForKey('Tab', 1900, BOUNDS)).toBeNull();
    expect(yearForKey('a', 1900, BOUNDS)).toBeNull();
  });
});

describe('play', () => {
  it('steps through the events, then to today, then stops', () => {
    const stops: number[] = [];
    for (let y: number | null = playStart(1900, BOUNDS); y !== null; y = playStep(y, BOUNDS)) stops.push(y);
    expect(stops).toEqual([1900, 1905, 1945, 1956, 2026]);
  });
  it('starts again from the first event when at the end', () => {
    expect(playStart(2026, BOUNDS)).toBe(1855);
    expect(playStep(2026, BOUNDS)).toBeNull();
  });
});

describe('tick marks', () => {
  it('draws one mark per tick year, centred on it, in year order', () => {
    const ticks = [
      { year: 1956, date: '1956-10-19', eventId: 'b', title: 'B' },
      { year: 1855, date: '1855-02-07', eventId: 'a', title: 'A' },
      { year: 1956, date: '1956-12-12', eventId: 'c', title: 'C' },
    ];
    const gradient = tickGradient(ticks, 1855, 2026, 'red');
    expect(gradient.startsWith('linear-gradient(to right, ')).toBe(true);
    const marks = [...gradient.matchAll(/red calc\(([\d.]+)% - 1px\) calc\(([\d.]+)% \+ 1px\)/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(marks).toHaveLength(2);
    expect(marks[0]).toEqual([0, 0]);
    expect(marks[1]![0]).toBeCloseTo(tickPercent(1956, 1855, 2026), 6);
  });

  it('draws nothing without ticks', () => {
    expect(tickGradient([], 1855, 2026, 'red')).toBe('none');
  });
});
