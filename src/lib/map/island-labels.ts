import { meets, type LabelBox, type Placement, type Rect } from './label-layout.ts';

/** Small areas first: their labels have the fewest places to go. */
const PRIORITY = ['habomai', 'shikotan', 'kunashir', 'iturup', 'hokkaido'];

/**
 * The island labels to lay out: those in view, at their points, with their sizes as drawn; the selected island's
 * first (its own label must stay in sight), then the smallest area first.
 */
export function islandLabelBoxes(
  ids: readonly string[],
  positions: readonly ({ x: number; y: number } | null)[],
  widths: readonly number[],
  heights: readonly number[],
  selected: string | null = null,
): LabelBox[] {
  const rank = (id: string) => (id === selected ? -1 : PRIORITY.indexOf(id));
  return ids
    .flatMap((id, i) => {
      const at = positions[i];
      return at ? [{ id, ...at, width: widths[i] ?? 0, height: heights[i] ?? 0 }] : [];
    })
    .sort((a, b) => rank(a.id) - rank(b.id));
}

/** Half the size (px) of the dot at an island's label point (IslandLabels.svelte draws it 6 px across). */
const DOT = 3;

/** The box a label takes where the layout put it. */
function placedRect(box: LabelBox, placed: Placement): Rect {
  const left = box.x + placed.dx;
  const top = box.y + placed.dy;
  return { left, top, right: left + box.width, bottom: top + box.height };
}

/** What the island labels take of the map, for other names to keep off: each label's box and its point's dot. */
export function islandLabelRects(boxes: readonly LabelBox[], placements: ReadonlyMap<string, Placement>): Rect[] {
  return boxes.flatMap((box) => {
    const dot = { left: box.x - DOT, top: box.y - DOT, right: box.x + DOT, bottom: box.y + DOT };
    const placed = placements.get(box.id);
    return placed ? [dot, placedRect(box, placed)] : [dot];
  });
}

/**
 * The island labels that could not be laid out clear of the map's controls or of a label before them (a map strip
 * too small for all five): hidden, and out of the Tab order, until the map has room. The first label, the selected
 * island's, always stays.
 */
export function crowdedOut(
  boxes: readonly LabelBox[],
  placements: ReadonlyMap<string, Placement>,
  controls: readonly Rect[],
): Set<string> {
  const kept: Rect[] = [];
  const out = new Set<string>();
  boxes.forEach((box, i) => {
    const placed = placements.get(box.id);
    if (!placed) return;
    const rect = placedRect(box, placed);
    if (i > 0 && (kept.some((k) => meets(rect, k)) || controls.some((c) => meets(rect, c)))) out.add(box.id);
    else kept.push(rect);
  });
  return out;
}
