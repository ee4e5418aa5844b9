import { describe, expect, it } from 'vitest';
import { layoutLabels, type LabelBox, type Placement } from './label-layout';

const view = { width: 390, height: 700 };
const rect = (l: LabelBox, p: Placement) => ({ left: l.x + p.dx, top: l.y + p.dy, right: l.x + p.dx + l.width, bottom: l.y + p.dy + l.height });
const intersects = (a: ReturnType<typeof rect>, b: ReturnType<typeof rect>) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('layoutLabels', () => {
  it('puts a lone label to the right of its point', () => {
    expect(layoutLabels([{ id: 'a', x: 100, y: 100, width: 80, height: 30 }], view)).toEqual([{ id: 'a', dx: 8, dy: -15 }]);
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
});
