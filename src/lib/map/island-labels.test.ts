import { describe, expect, it } from 'vitest';
import { islandLabelBoxes, islandLabelRects } from './island-labels.ts';

describe('island labels for the layout', () => {
  it('lays out the labels in view, smallest area first, at their measured sizes', () => {
    const boxes = islandLabelBoxes(
      ['iturup', 'kunashir', 'shikotan', 'habomai'],
      [{ x: 10, y: 20 }, null, { x: 30, y: 40 }, { x: 50, y: 60 }],
      [100, 110, 120, 130],
      [40, 41, 42, 43],
    );
    expect(boxes).toEqual([
      { id: 'habomai', x: 50, y: 60, width: 130, height: 43 },
      { id: 'shikotan', x: 30, y: 40, width: 120, height: 42 },
      { id: 'iturup', x: 10, y: 20, width: 100, height: 40 },
    ]);
  });

  it('gives every other name the label’s box where the layout put it, and its dot', () => {
    const [box] = islandLabelBoxes(['shikotan'], [{ x: 100, y: 200 }], [80], [44]);
    const rects = islandLabelRects([box!], new Map([['shikotan', { id: 'shikotan', dx: 8, dy: -22, leader: false }]]));
    expect(rects).toEqual([
      { left: 97, top: 197, right: 103, bottom: 203 },
      { left: 108, top: 178, right: 188, bottom: 222 },
    ]);
    // Not laid out yet: only its dot.
    expect(islandLabelRects([box!], new Map())).toHaveLength(1);
  });
});
