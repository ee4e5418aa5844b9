import { describe, expect, it } from 'vitest';
import { SIDE_PANEL_MIN_WIDTH, SIDE_PANEL_WIDTH } from '../map/camera.ts';
import { sheetHeights } from './sheet.ts';
import { isSheet, panelCover } from './stage-layout.ts';

describe('stage layout', () => {
  it('uses bottom sheets on a narrow stage and a side column on a wide one', () => {
    expect(isSheet(390, 1280)).toBe(true);
    expect(isSheet(SIDE_PANEL_MIN_WIDTH, 390)).toBe(false);
  });

  it('decides by the window before the stage is measured', () => {
    expect(isSheet(0, 390)).toBe(true);
    expect(isSheet(0, 1280)).toBe(false);
  });

  it('covers nothing with nothing open', () => {
    expect(panelCover({ fullPanel: false, island: false }, true, 700, 'half')).toEqual({ right: 0, bottom: 0 });
    expect(panelCover({ fullPanel: false, island: false }, false, 700, 'half')).toEqual({ right: 0, bottom: 0 });
  });

  it('covers the side column beside the map', () => {
    expect(panelCover({ fullPanel: false, island: true }, false, 700, 'half')).toEqual({
      right: SIDE_PANEL_WIDTH,
      bottom: 0,
    });
    expect(panelCover({ fullPanel: true, island: false }, false, 700, 'half')).toEqual({
      right: SIDE_PANEL_WIDTH,
      bottom: 0,
    });
  });

  it("covers an island's sheet at its snap, and the whole stage under the reader or the search", () => {
    expect(panelCover({ fullPanel: false, island: true }, true, 700, 'peek')).toEqual({
      right: 0,
      bottom: sheetHeights(700).peek,
    });
    expect(panelCover({ fullPanel: true, island: true }, true, 700, 'peek')).toEqual({ right: 0, bottom: 700 });
  });
});
