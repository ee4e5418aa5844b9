import { describe, expect, it } from 'vitest';
import { formatIsoDate } from './dates.ts';

describe('dates', () => {
  it('formats ISO dates at their precision', () => {
    expect(formatIsoDate('1956-10-19')).toBe('19 October 1956');
    expect(formatIsoDate('1945-08')).toBe('August 1945');
    expect(formatIsoDate('1951')).toBe('1951');
    expect(formatIsoDate('2026-12-03')).toBe('3 December 2026');
  });
});
