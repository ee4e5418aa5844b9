import type { LabelBox, Placement, Rect } from './label-layout.ts';

/** Small areas first: their labels have the fewest places to go. */
const PRIORITY = ['habomai', 'shikotan', 'kunashir', 'iturup', 'hokkaido'];

/** The island labels to lay out: those in view, at their points, with their sizes as drawn, smallest area first. */
export function islandLabelBoxes(
  ids: readonly string[],
  positions: readonly ({ x: number; y: number } | null)[],
  widths: readonly number[],
  heights: readonly number[],
): LabelBox[] {
  return ids
    .flatMap((id, i) => {
      const at = positions[i];
      return at ? [{ id, ...at, width: widths[i] ?? 0, height: heights[i] ?? 0 }] : [];
    })
    .sort((a, b) => PRIORITY.indexOf(a.id) - PRIORITY.indexOf(b.id));
}

/** Half the size (px) of the dot at an island's label point (IslandLabels.svelte draws it 6 px across). */
const DOT = 3;

/** What the island labels take of the map, for other names to keep off: each label's box and its point's dot. */
export function islandLabelRects(boxes: readonly LabelBox[], placements: ReadonlyMap<string, Placement>): Rect[] {
  return boxes.flatMap((box) => {
    const dot = { left: box.x - DOT, top: box.y - DOT, right: box.x + DOT, bottom: box.y + DOT };
    const placed = placements.get(box.id);
    if (!placed) return [dot];
    const left = box.x + placed.dx;
    const top = box.y + placed.dy;
    return [dot, { left, top, right: left + box.width, bottom: top + box.height }];
  });
}
