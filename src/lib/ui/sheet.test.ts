import { describe, expect, it } from 'vitest';
import { sheetHeights, snapSheet, stepSheet } from './sheet.ts';

describe('bottom sheet', () => {
  it('orders its heights peek < half < full on a phone', () => {
    const h = sheetHeights(740);
    expect(h.peek).toBeLessThan(h.half);
    expect(h.half).toBeLessThan(h.full);
    expect(h.half).toBe(370);
  });

  it('opens half way far enough on a short phone for the heading and the first event', () => {
    expect(sheetHeights(405).half).toBe(265);
    expect(sheetHeights(405).full).toBeGreaterThan(265);
  });

  it('snaps a slow release to the nearest height', () => {
    expect(snapSheet(400, 740, 0)).toBe('half');
    expect(snapSheet(160, 740, 0)).toBe('peek');
    expect(snapSheet(700, 740, 0)).toBe('full');
  });

  it('carries a flick on to the next height in its direction', () => {
    expect(snapSheet(380, 740, 1.2)).toBe('full');
    expect(snapSheet(380, 740, -1.2)).toBe('peek');
  });

  it('steps up and down and stops at the ends', () => {
    expect(stepSheet('half', 1)).toBe('full');
    expect(stepSheet('full', 1)).toBe('full');
    expect(stepSheet('peek', -1)).toBe('peek');
  });
});
