import { describe, expect, it } from 'vitest';
import { embedStageHeight } from './layout.ts';

describe('embed stage height', () => {
  it('grows on a phone as the sheet opens, more for the reader', () => {
    const none = embedStageHeight(390, { panel: null, reader: false });
    const peek = embedStageHeight(390, { panel: 'peek', reader: false });
    const half = embedStageHeight(390, { panel: 'half', reader: false });
    const full = embedStageHeight(390, { panel: 'full', reader: false });
    expect(none).toBeGreaterThanOrEqual(320);
    expect(none).toBeLessThan(peek);
    expect(peek).toBeLessThan(half);
    expect(half).toBeLessThan(full);
    expect(embedStageHeight(390, { panel: 'half', reader: true })).toBe(full);
  });

  it('on a desktop gives an open panel room for its history', () => {
    expect(embedStageHeight(1280, { panel: null, reader: false })).toBeLessThanOrEqual(560);
    expect(embedStageHeight(1280, { panel: 'half', reader: false })).toBe(640);
  });

  it('never depends on anything but width and what is open', () => {
    expect(embedStageHeight(320, { panel: null, reader: false })).toBe(
      embedStageHeight(320, { panel: null, reader: false }),
    );
    expect(embedStageHeight(200, { panel: null, reader: false })).toBe(320);
  });
});
