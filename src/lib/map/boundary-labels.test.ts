import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { boundaryLabelPoints, lineLabelBox, linesClearOf, placeLines, shortBoundaryLabel } from './boundary-labels.ts';
import type { BoundaryId, BoundaryState } from '../history/map-state.ts';

const boundaries = JSON.parse(readFileSync('geo/out/boundaries.geojson', 'utf8')) as FeatureCollection;
const line = (id: BoundaryId): BoundaryState => ({ id, label: `full label of ${id}`, schematic: true });

describe('boundary labels', () => {
  it('places one label per line, the line of control at its sea end', () => {
    const points = boundaryLabelPoints(boundaries);
    expect(points.map((p) => p.id).sort()).toEqual(['1855-line', '1875-line', '1905-line', 'de-facto-line']);
    const control = points.find((p) => p.id === 'de-facto-line')!;
    expect(control.lat).toBeLessThan(43.3);
  });

  it('names the treaty lines by year before the dispute', () => {
    expect(shortBoundaryLabel(line('1855-line'), 'administered', false)).toBe('1855 border');
  });

  it('attributes every present-day line to a point of view', () => {
    expect(shortBoundaryLabel(line('de-facto-line'), 'administered', true)).toBe('Line of control');
    expect(shortBoundaryLabel(line('de-facto-line'), 'russia', true)).toMatch(/as Russia sees it/);
    expect(shortBoundaryLabel(line('1855-line'), 'japan', true)).toMatch(/as Japan sees it/);
    expect(shortBoundaryLabel(line('1905-line'), 'japan', true)).toMatch(/as Japan sees it/);
  });

  it('places the lines drawn at their label points, and gives the box their labels take', () => {
    const project = (lon: number, lat: number) => ({ x: lon, y: lat });
    const placed = placeLines(
      [line('1855-line'), line('de-facto-line')],
      [{ id: '1855-line', lon: 100, lat: 50, along: [] }],
      project,
      { width: 390, height: 600 },
    );
    expect(placed.map((l) => [l.id, l.at])).toEqual([['1855-line', { x: 100, y: 50 }]]);
    const { box, flip } = placed[0]!;
    expect(flip).toBe(false);
    expect(box.left).toBeGreaterThan(100);
    expect(box.top).toBeLessThan(50);
    expect(box.bottom).toBeGreaterThan(50);
  });

  it('labels a line where it comes nearest its label point in view, and leaves a line out of view unlabelled', () => {
    const project = (lon: number, lat: number) => ({ x: lon, y: lat });
    const lines = [line('de-facto-line')];
    const points = [
      {
        id: 'de-facto-line',
        lon: -50,
        lat: 300,
        along: [
          [-20, 290],
          [40, 250],
          [120, 100],
        ] as [number, number][],
      },
    ];
    const [placed] = placeLines(lines, points, project, { width: 390, height: 600 });
    expect(placed!.at).toEqual({ x: 40, y: 250 });
    expect(placeLines(lines, [{ ...points[0]!, along: [[-20, 290]] }], project, { width: 390, height: 600 })).toEqual(
      [],
    );
  });

  it('gives each line its label point and its other vertices, nearest first', () => {
    const [point] = boundaryLabelPoints({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'de-facto-line' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [0, 0],
              [5, 5],
              [9, 9],
              [10, 10],
            ],
          },
        },
      ],
    });
    expect(point).toEqual({
      id: 'de-facto-line',
      lon: 10,
      lat: 10,
      along: [
        [9, 9],
        [5, 5],
        [0, 0],
      ],
    });
  });

  it('moves a line’s label off an island label, or leaves the line unlabelled where it cannot', () => {
    const project = (lon: number, lat: number) => ({ x: lon, y: lat });
    const view = { width: 390, height: 600 };
    const placed = placeLines([line('1855-line')], [{ id: '1855-line', lon: 100, lat: 50, along: [] }], project, view);
    expect(linesClearOf(placed, [{ left: 0, top: 0, right: 50, bottom: 50 }], view)).toEqual(placed);
    const island = placed[0]!.box;
    const [moved] = linesClearOf(placed, [island], view);
    expect(moved!.box.top).toBeGreaterThanOrEqual(island.bottom);
    expect(linesClearOf(placed, [{ left: 0, top: 0, right: 390, bottom: 600 }], view)).toEqual([]);
  });

  it('labels no line where an open panel leaves too little of the map for a label', () => {
    const project = (lon: number, lat: number) => ({ x: lon, y: lat });
    const lines = [line('1855-line')];
    const points = [{ id: '1855-line', lon: 100, lat: 50, along: [] }];
    expect(placeLines(lines, points, project, { width: 390, height: 0 })).toEqual([]);
    expect(placeLines(lines, points, project, { width: 390, height: 120 })).toHaveLength(1);
  });

  it('moves a label off the map’s controls, below or above them, or leaves the line unlabelled', () => {
    const project = (lon: number, lat: number) => ({ x: lon, y: lat });
    const lines = [line('de-facto-line')];
    const points = [{ id: 'de-facto-line', lon: 20, lat: 30, along: [] }];
    const overviewButton = { left: 10, top: 10, right: 150, bottom: 54 };
    const [placed] = placeLines(lines, points, project, { width: 320, height: 300 }, [overviewButton]);
    expect(placed!.box.top).toBeGreaterThanOrEqual(overviewButton.bottom);
    // A map too short to hold it anywhere clear of the button.
    expect(placeLines(lines, points, project, { width: 320, height: 110 }, [overviewButton])).toEqual([]);
  });

  it('keeps a label wholly inside the map, to the left of a point near the right edge', () => {
    const view = { width: 320, height: 400 };
    for (const at of [
      { x: 300, y: 100 },
      { x: 330, y: 5 },
      { x: -20, y: 399 },
      { x: 200, y: 200 },
    ]) {
      const { box } = lineLabelBox(at, view);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(view.width);
      expect(box.bottom).toBeLessThanOrEqual(view.height);
    }
    const near = lineLabelBox({ x: 300, y: 100 }, view);
    expect(near.flip).toBe(true);
    expect(near.box.right).toBeLessThanOrEqual(290);
  });
});
