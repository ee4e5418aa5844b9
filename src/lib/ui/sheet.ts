/** The resting heights of the panel as a bottom sheet on a phone. */
export type SheetSnap = 'peek' | 'half' | 'full';

export const SNAPS: readonly SheetSnap[] = ['peek', 'half', 'full'];

/** Heights in pixels for a stage of the given height: peek shows the heading, half leaves the island in view. */
export function sheetHeights(stageHeight: number): Record<SheetSnap, number> {
  return {
    peek: Math.min(148, Math.round(stageHeight * 0.3)),
    // Half the stage, or on a short screen enough for the heading and the first event, leaving the island 140 px.
    half: Math.round(Math.max(stageHeight * 0.5, Math.min(stageHeight - 140, 270))),
    full: Math.max(Math.round(Math.max(stageHeight * 0.5, Math.min(stageHeight - 140, 270))), stageHeight - 8),
  };
}

/** A flick faster than this (px/ms) carries the sheet on to the next snap in its direction. */
const FLICK = 0.5;

/** Where a released drag comes to rest: the nearest snap, or the next one in the direction of a flick. */
export function snapSheet(height: number, stageHeight: number, velocity: number): SheetSnap {
  const heights = sheetHeights(stageHeight);
  const nearest = SNAPS.reduce((best, snap) =>
    Math.abs(heights[snap] - height) < Math.abs(heights[best] - height) ? snap : best,
  );
  // Positive velocity: the finger moved up, the sheet grows.
  return Math.abs(velocity) > FLICK ? stepSheet(nearest, velocity > 0 ? 1 : -1) : nearest;
}

/** The next snap up or down, for the keyboard and the handle's button. */
export function stepSheet(current: SheetSnap, direction: 1 | -1): SheetSnap {
  const i = SNAPS.indexOf(current) + direction;
  return SNAPS[Math.max(0, Math.min(SNAPS.length - 1, i))]!;
}
