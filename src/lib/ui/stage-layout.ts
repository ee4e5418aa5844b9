import { SIDE_PANEL_MIN_WIDTH, SIDE_PANEL_WIDTH } from '../map/camera.ts';
import { sheetHeights, type SheetSnap } from './sheet.ts';

/**
 * Whether panels are bottom sheets (a narrow stage) or a column beside the map. Before the stage is measured
 * (width 0) the window's width decides, so the first paint is laid out as it will stay.
 */
export function isSheet(stageWidth: number, windowWidth: number): boolean {
  return (stageWidth || windowWidth) < SIDE_PANEL_MIN_WIDTH;
}

/** How much of the map an open panel covers, in pixels from the right and from the bottom. */
export interface Cover {
  right: number;
  bottom: number;
}

/**
 * The map's part an open panel covers, so the map's controls and credits move clear of it. The reader and the search
 * take the whole sheet; an island's panel the sheet's height at its snap.
 */
export function panelCover(
  open: { fullPanel: boolean; island: boolean },
  sheet: boolean,
  stageHeight: number,
  snap: SheetSnap,
): Cover {
  if (open.fullPanel) return sheet ? { right: 0, bottom: stageHeight } : { right: SIDE_PANEL_WIDTH, bottom: 0 };
  if (!open.island) return { right: 0, bottom: 0 };
  return sheet ? { right: 0, bottom: sheetHeights(stageHeight)[snap] } : { right: SIDE_PANEL_WIDTH, bottom: 0 };
}
