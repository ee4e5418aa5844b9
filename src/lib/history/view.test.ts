import { describe, expect, it } from 'vitest';
import { loadPeriods } from '../../../build/history/periods.ts';
import { holdersIn, ticksFrom } from './view.ts';

const data = loadPeriods('content');
const today = '2026-11-25';

describe('history view helpers', () => {
  it('puts one tick per event at its year', () => {
    expect(ticksFrom([{ id: '1855-shimoda', date: '1855-02-07', title: 'Treaty of Shimoda' }])).toEqual([
      { year: 1855, date: '1855-02-07', eventId: '1855-shimoda', title: 'Treaty of Shimoda' },
    ]);
  });

  it('lists every area once, in the data’s order', () => {
    expect(holdersIn(1900, data, [], today).map((l) => l.area)).toEqual(data.areas.map((a) => a.id));
  });

  it('says who held an area at the end of a year', () => {
    const urup = (year: number) => holdersIn(year, data, [], today).find((l) => l.area === 'urup')!;
    expect(urup(1860).holder).toBe('russia');
    expect(urup(1880).holder).toBe('japan');
    expect(urup(1950).holder).toBe('russia');
  });

  it('adds Japan’s claim to the four areas after 1945', () => {
    const iturup = holdersIn(2026, data, [], today).find((l) => l.area === 'iturup')!;
    expect(iturup.holder).toBe('russia');
    expect(iturup.text).toMatch(/claimed by Japan$/);
    expect(holdersIn(1930, data, [], today).find((l) => l.area === 'iturup')!.text).not.toMatch(/claimed/);
  });
});
