import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { cameraPadding, featureBbox, intersects, unionBbox, SIDE_PANEL_WIDTH } from './camera';

const ring = (w: number, s: number, e: number, n: number) => [[[w, s], [e, s], [e, n], [w, n], [w, s]]];

describe('camera', () => {
  it('finds the bounding box of a multipolygon', () => {
    const f: Feature = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: [ring(145, 43, 146, 44), ring(146.5, 43.2, 147, 43.9)] },
    };
    expect(featureBbox(f)).toEqual([145, 43, 147, 44]);
  });

  it('unions boxes', () => {
    expect(unionBbox([[1, 2, 3, 4], [0, 3, 2, 5]])).toEqual([0, 2, 3, 5]);
  });

  it('tests box intersection, touching included', () => {
    expect(intersects([0, 0, 1, 1], [1, 1, 2, 2])).toBe(true);
    expect(intersects([0, 0, 1, 1], [1.1, 0, 2, 1])).toBe(false);
  });

  it('keeps a selected area clear of the side panel on a desktop', () => {
    const p = cameraPadding(1280, 800, true);
    expect(p.right).toBeGreaterThan(SIDE_PANEL_WIDTH);
    expect(p.bottom).toBeLessThan(400);
  });

  it('keeps a selected area above the bottom sheet on a phone', () => {
    const p = cameraPadding(390, 844, true);
    expect(p.bottom).toBeGreaterThanOrEqual(422);
    expect(p.right).toBeLessThan(100);
  });
});
