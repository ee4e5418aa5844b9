import { describe, expect, it } from 'vitest';
import { crowdedOut, islandLabelBoxes, islandLabelRects } from './island-labels.ts';

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

describe('island labels crowded out', () => {
  it('hides a label that could only overlap a label before it or a control, never the first (the selected island)', () => {
    const boxes = islandLabelBoxes(
      ['kunashir', 'habomai', 'hokkaido'],
      [
        { x: 100, y: 100 },
        { x: 110, y: 110 },
        { x: 300, y: 300 },
      ],
      [80, 80, 80],
      [40, 40, 40],
      'kunashir',
    );
    expect(boxes.map((b) => b.id)).toEqual(['kunashir', 'habomai', 'hokkaido']);
    const at = (id: string) => ({ id, dx: 0, dy: 0, leader: false });
    const placements = new Map(['kunashir', 'habomai', 'hokkaido'].map((id) => [id, at(id)]));
    const zoomButtons = { left: 0, top: 0, right: 120, bottom: 120 };
    expect([...crowdedOut(boxes, placements, [])]).toEqual(['habomai']);
    // The selected island's label stays even over a control; the rest give way.
    expect([...crowdedOut(boxes, placements, [zoomButtons])]).toEqual(['habomai']);
    expect([...crowdedOut(boxes, placements, [{ left: 290, top: 290, right: 400, bottom: 400 }])]).toEqual([
      'habomai',
      'hokkaido',
    ]);
  });
});
