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
  /** The box stands off from its point, so a leader line should join them. */
  leader: boolean;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const DOT_RADIUS = 5;

/** The top-left corner that keeps a box of w×h inside the view (its top-left kept where the box is too big). */
function inside(
  x: number,
  y: number,
  w: number,
  h: number,
  width: number,
  height: number,
  margin: number,
): { x: number; y: number } {
  return {
    x: Math.max(margin, Math.min(x, width - margin - w)),
    y: Math.max(margin, Math.min(y, height - margin - h)),
  };
}

/** Whether two boxes meet: overlap, or come within `gap` px of each other. */
export function meets(a: Rect, b: Rect, gap = 0): boolean {
  return a.left - gap < b.right && b.left - gap < a.right && a.top - gap < b.bottom && b.top - gap < a.bottom;
}

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

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The leader from a point to the nearest edge of its label's box. */
export function leaderOf(x: number, y: number, r: Rect): Segment {
  return { x1: x, y1: y, x2: Math.max(r.left, Math.min(x, r.right)), y2: Math.max(r.top, Math.min(y, r.bottom)) };
}

function crosses(a: Segment, b: Segment): boolean {
  const side = (s: Segment, x: number, y: number) => Math.sign((s.x2 - s.x1) * (y - s.y1) - (s.y2 - s.y1) * (x - s.x1));
  return side(a, b.x1, b.y1) * side(a, b.x2, b.y2) < 0 && side(b, a.x1, a.y1) * side(b, a.x2, a.y2) < 0;
}

function hits(s: Segment, r: Rect): boolean {
  for (let t = 0.1; t < 1; t += 0.1) {
    const x = s.x1 + (s.x2 - s.x1) * t;
    const y = s.y1 + (s.y2 - s.y1) * t;
    if (x > r.left && x < r.right && y > r.top && y < r.bottom) return true;
  }
  return false;
}

/** How far (px) a label may stand off from its point, with a leader line, when every place beside it is taken. */
const STAND_OFF = [28, 56, 88, 124, 164];

/**
 * Candidate positions in order of preference: beside the point, then above and below it; then the same
 * directions further out. Each is [dx, dy, how far it stands off].
 */
function candidates(w: number, h: number, gap: number): [number, number, number][] {
  const near: [number, number][] = [
    [gap, -h / 2],
    [-gap - w, -h / 2],
    [gap / 2, -gap - h],
    [gap / 2, gap],
    [-w - gap / 2, -gap - h],
    [-w - gap / 2, gap],
    [-w / 2, -gap - h],
    [-w / 2, gap],
  ];
  const far = STAND_OFF.flatMap((d) =>
    near.map(([dx, dy]): [number, number, number] => {
      const cx = dx + w / 2;
      const cy = dy + h / 2;
      const length = Math.hypot(cx, cy) || 1;
      return [dx + (cx / length) * d, dy + (cy / length) * d, d];
    }),
  );
  return [...near.map(([dx, dy]): [number, number, number] => [dx, dy, 0]), ...far];
}

export interface LayoutView {
  width: number;
  height: number;
  /** The map's controls, which labels keep off. */
  obstacles?: readonly Rect[];
  /** Other names, which labels keep off where they can: they give way to a label they could not avoid. */
  soft?: readonly Rect[];
  /** The share (0–1) of a box that lies over land of an area other than the label's own. */
  foreignLand?: (id: string, rect: Rect) => number;
}

/**
 * Places labels in the given order (most important first) so that no label covers another label, another
 * label's point, one of the view's `obstacles` or another area's land, and each stays inside the view where it
 * can. Greedy: each label takes the first candidate position with no conflict, or else the one with the least;
 * standing off from its point (with a leader line) costs a little, so a label stays beside its point when it can.
 */
export function layoutLabels(labels: readonly LabelBox[], view: LayoutView, gap = 8, margin = 4): Placement[] {
  const dots: Rect[] = labels.map((l) => ({
    left: l.x - DOT_RADIUS,
    top: l.y - DOT_RADIUS,
    right: l.x + DOT_RADIUS,
    bottom: l.y + DOT_RADIUS,
  }));
  const placed: Rect[] = [];
  const leaders: Segment[] = [];
  // A leader line that crosses another leader or another label costs as much as this much overlap (px²).
  const CROSSING = 400;
  return labels.map((label, index) => {
    let best: { dx: number; dy: number; cost: number; standOff: number } | null = null;
    const area = label.width * label.height;
    for (const [wantX, wantY, wantOff] of candidates(label.width, label.height, gap)) {
      // Never off the map: a box that would leave it is pushed back in, joined to its point by a leader.
      const fitted = inside(
        label.x + wantX,
        label.y + wantY,
        label.width,
        label.height,
        view.width,
        view.height,
        margin,
      );
      const dx = fitted.x - label.x;
      const dy = fitted.y - label.y;
      const pushed = Math.abs(dx - wantX) + Math.abs(dy - wantY);
      const standOff = pushed > 4 ? Math.max(wantOff, pushed) : wantOff;
      const rect = {
        left: label.x + dx,
        top: label.y + dy,
        right: label.x + dx + label.width,
        bottom: label.y + dy + label.height,
      };
      let cost = outside(rect, view.width, view.height, margin) * 3 + standOff * 4;
      if (view.foreignLand) cost += view.foreignLand(label.id, rect) * area;
      for (const other of leaders) if (hits(other, rect)) cost += CROSSING;
      if (standOff > 0) {
        const own = leaderOf(label.x, label.y, rect);
        for (const other of leaders) if (crosses(own, other)) cost += CROSSING;
        for (const other of placed) if (hits(own, other)) cost += CROSSING;
      }
      // Boxes keep a few pixels apart: touching labels read as one.
      const padded = { left: rect.left - 3, top: rect.top - 3, right: rect.right + 3, bottom: rect.bottom + 3 };
      for (const other of placed) cost += overlap(padded, other) * 2;
      for (const obstacle of view.obstacles ?? []) cost += overlap(rect, obstacle) * 2;
      for (const name of view.soft ?? []) cost += overlap(rect, name) / 4;
      dots.forEach((dot, j) => {
        if (j !== index) cost += overlap(rect, dot) * 4;
      });
      if (!best || cost < best.cost) best = { dx, dy, cost, standOff };
      if (cost === 0) break;
    }
    const { dx, dy, standOff } = best!;
    const rect = {
      left: label.x + dx,
      top: label.y + dy,
      right: label.x + dx + label.width,
      bottom: label.y + dy + label.height,
    };
    placed.push(rect);
    if (standOff > 0) leaders.push(leaderOf(label.x, label.y, rect));
    return { id: label.id, dx, dy, leader: standOff > 0 };
  });
}
