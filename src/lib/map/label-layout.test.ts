import { describe, expect, it } from 'vitest';
import { layoutLabels, type LabelBox, type Placement, type Rect } from './label-layout.ts';

const view = { width: 390, height: 700 };
const rect = (l: LabelBox, p: Placement) => ({
  left: l.x + p.dx,
  top: l.y + p.dy,
  right: l.x + p.dx + l.width,
  bottom: l.y + p.dy + l.height,
});
const intersects = (a: ReturnType<typeof rect>, b: ReturnType<typeof rect>) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('layoutLabels', () => {
  it('puts a lone label to the right of its point', () => {
    expect(layoutLabels([{ id: 'a', x: 100, y: 100, width: 80, height: 30 }], view)).toEqual([
      { id: 'a', dx: 8, dy: -15, leader: false },
    ]);
  });

  it('flips a label to the left at the right edge of the view', () => {
    const [p] = layoutLabels([{ id: 'a', x: 360, y: 100, width: 80, height: 30 }], view);
    expect(p!.dx).toBeLessThan(-80);
  });

  it('keeps crowded labels off each other and off each other’s points', () => {
    // Kunashir, Shikotan and Habomai at an overview zoom on a phone: within 40 px of each other.
    const labels: LabelBox[] = [
      { id: 'habomai', x: 262, y: 516, width: 110, height: 32 },
      { id: 'shikotan', x: 290, y: 497, width: 90, height: 32 },
      { id: 'kunashir', x: 263, y: 476, width: 90, height: 32 },
      { id: 'iturup', x: 320, y: 441, width: 90, height: 32 },
    ];
    const placements = layoutLabels(labels, view);
    const rects = labels.map((l, i) => rect(l, placements[i]!));
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) expect(intersects(rects[i]!, rects[j]!)).toBe(false);
      labels.forEach((other, j) => {
        if (j === i) return;
        const dot = { left: other.x - 2, top: other.y - 2, right: other.x + 2, bottom: other.y + 2 };
        expect(intersects(rects[i]!, dot)).toBe(false);
      });
    }
  });

  it('moves a label off a name already on the map where it can', () => {
    const label = { id: 'habomai', x: 200, y: 300, width: 90, height: 30 };
    const onTheRight = { left: 205, top: 280, right: 350, bottom: 320 };
    const [p] = layoutLabels([label], { ...view, obstacles: [onTheRight] });
    expect(intersects(rect(label, p!), onTheRight)).toBe(false);
  });

  it('keeps a label off another area’s land, standing off with a leader line when nothing beside it is free', () => {
    const label = { id: 'small', x: 200, y: 200, width: 80, height: 30 };
    // Another area's land everywhere within 40 px of the point, except the point itself.
    const land = (r: Rect) =>
      Math.max(0, Math.min(r.right, 240) - Math.max(r.left, 160)) *
      Math.max(0, Math.min(r.bottom, 240) - Math.max(r.top, 160));
    const [p] = layoutLabels([label], {
      ...view,
      foreignLand: (_id, r) => land(r) / ((r.right - r.left) * (r.bottom - r.top)),
    });
    expect(land(rect(label, p!))).toBe(0);
    expect(p!.leader).toBe(true);
  });

  it('stays beside its point when the land there is its own', () => {
    const [p] = layoutLabels([{ id: 'a', x: 100, y: 100, width: 80, height: 30 }], { ...view, foreignLand: () => 0 });
    expect(p).toEqual({ id: 'a', dx: 8, dy: -15, leader: false });
  });
});

describe('leader lines', () => {
  it('never cross each other or another label where the labels have room', () => {
    // Four points in a tight cluster, all on land of their neighbours but for open sea 60 px and more away.
    const labels = [
      { id: 'a', x: 200, y: 300, width: 90, height: 32 },
      { id: 'b', x: 215, y: 290, width: 90, height: 32 },
      { id: 'c', x: 205, y: 315, width: 90, height: 32 },
      { id: 'd', x: 190, y: 305, width: 90, height: 32 },
    ];
    const cluster = (r: Rect) => (r.left < 260 && r.right > 150 && r.top < 350 && r.bottom > 250 ? 1 : 0);
    const placements = layoutLabels(labels, { ...view, foreignLand: (_id, r) => cluster(r) });
    const rects = labels.map((l, i) => rect(l, placements[i]!));
    const segments = labels.map((l, i) => {
      const r = rects[i]!;
      return {
        x1: l.x,
        y1: l.y,
        x2: Math.max(r.left, Math.min(l.x, r.right)),
        y2: Math.max(r.top, Math.min(l.y, r.bottom)),
      };
    });
    const side = (s: (typeof segments)[0], x: number, y: number) =>
      Math.sign((s.x2 - s.x1) * (y - s.y1) - (s.y2 - s.y1) * (x - s.x1));
    for (let i = 0; i < segments.length; i++) {
      expect(cluster(rects[i]!)).toBe(0);
      for (let j = i + 1; j < segments.length; j++) {
        const [a, b] = [segments[i]!, segments[j]!];
        const crossing = side(a, b.x1, b.y1) * side(a, b.x2, b.y2) < 0 && side(b, a.x1, a.y1) * side(b, a.x2, a.y2) < 0;
        expect(crossing).toBe(false);
      }
    }
  });
});

describe('other names as soft obstacles', () => {
  it('keeps a label off a name where it can, but over a name rather than over a control', () => {
    const label = { id: 'a', x: 100, y: 100, width: 60, height: 20 };
    const right = { left: 108, top: 90, right: 168, bottom: 110 };
    const [beside] = layoutLabels([label], { width: 400, height: 400, soft: [right] });
    expect(beside!.dx).toBeLessThan(0);
    const everywhere = { left: 0, top: 0, right: 400, bottom: 400 };
    const control = { left: 0, top: 0, right: 100, bottom: 400 };
    const [over] = layoutLabels([label], { width: 400, height: 400, obstacles: [control], soft: [everywhere] });
    expect(over!.dx).toBeGreaterThanOrEqual(0);
  });
});
