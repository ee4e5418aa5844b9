/** A label to place: the point it names (screen pixels) and the size of its box. */
export interface LabelBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a label's box goes: its top-left corner, relative to the point it names. */
export interface Placement {
  id: string;
  dx: number;
  dy: number;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const DOT_RADIUS = 5;

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

function outside(r: Rect, width: number, height: number, margin: number): number {
  const w = r.right - r.left;
  const h = r.bottom - r.top;
  const visible = overlap(r, { left: margin, top: margin, right: width - margin, bottom: height - margin });
  return w * h - visible;
}

/** Candidate positions in order of preference: beside the point, then above and below it. */
function candidates(w: number, h: number, gap: number): [number, number][] {
  return [
    [gap, -h / 2],
    [-gap - w, -h / 2],
    [gap / 2, -gap - h],
    [gap / 2, gap],
    [-w - gap / 2, -gap - h],
    [-w - gap / 2, gap],
    [-w / 2, -gap - h],
    [-w / 2, gap],
  ];
}

/**
 * Places labels in the given order (most important first) so that no label covers another label, another
 * label's point or one of the view's `obstacles` (other names already on the map), and each stays inside the view
 * where it can. Greedy: each label takes the first candidate position with no conflict, or else the one with the
 * least.
 */
export function layoutLabels(
  labels: readonly LabelBox[],
  view: { width: number; height: number; obstacles?: readonly Rect[] },
  gap = 8,
  margin = 4,
): Placement[] {
  const dots: Rect[] = labels.map((l) => ({ left: l.x - DOT_RADIUS, top: l.y - DOT_RADIUS, right: l.x + DOT_RADIUS, bottom: l.y + DOT_RADIUS }));
  const placed: Rect[] = [];
  return labels.map((label, index) => {
    let best: { dx: number; dy: number; cost: number } | null = null;
    for (const [dx, dy] of candidates(label.width, label.height, gap)) {
      const rect = { left: label.x + dx, top: label.y + dy, right: label.x + dx + label.width, bottom: label.y + dy + label.height };
      let cost = outside(rect, view.width, view.height, margin);
      for (const other of placed) cost += overlap(rect, other) * 2;
      for (const obstacle of view.obstacles ?? []) cost += overlap(rect, obstacle);
      dots.forEach((dot, j) => {
        if (j !== index) cost += overlap(rect, dot) * 4;
      });
      if (!best || cost < best.cost) best = { dx, dy, cost };
      if (cost === 0) break;
    }
    const { dx, dy } = best!;
    placed.push({ left: label.x + dx, top: label.y + dy, right: label.x + dx + label.width, bottom: label.y + dy + label.height });
    return { id: label.id, dx, dy };
  });
}
