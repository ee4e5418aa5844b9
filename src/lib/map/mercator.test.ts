import { describe, expect, it } from 'vitest';
import { constrain, fitBounds, fromWorld, panBy, project, toWorld, viewBounds, zoomAround } from './mercator.ts';

const size = { width: 400, height: 300 };
const none = { top: 0, right: 0, bottom: 0, left: 0 };

describe('Web Mercator', () => {
  it('puts (0, 0) at the centre of the world square', () => {
    expect(toWorld(0, 0)).toEqual([256, 256]);
  });

  it('round-trips a point', () => {
    const [x, y] = toWorld(146.1, 43.5);
    const [lon, lat] = fromWorld(x, y);
    expect(lon).toBeCloseTo(146.1, 9);
    expect(lat).toBeCloseTo(43.5, 9);
  });

  it('projects the camera centre to the middle of the viewport', () => {
    expect(project({ lon: 146, lat: 44, zoom: 6 }, size, 146, 44)).toEqual({ x: 200, y: 150 });
  });

  it('fits a box exactly into the viewport, corners on its edges', () => {
    const box: [number, number, number, number] = [145, 43, 148, 45];
    const camera = fitBounds(box, size, none);
    const sw = project(camera, size, box[0], box[1]);
    const ne = project(camera, size, box[2], box[3]);
    const fitsWidth = Math.abs(sw.x) < 1e-6 && Math.abs(ne.x - 400) < 1e-6;
    const fitsHeight = Math.abs(ne.y) < 1e-6 && Math.abs(sw.y - 300) < 1e-6;
    expect(fitsWidth || fitsHeight).toBe(true);
    expect(sw.x).toBeGreaterThanOrEqual(-1e-6);
    expect(sw.y).toBeLessThanOrEqual(300 + 1e-6);
  });

  it('keeps a fitted box clear of the padding', () => {
    const box: [number, number, number, number] = [145, 43, 148, 45];
    const padding = { top: 10, right: 150, bottom: 20, left: 10 };
    const camera = fitBounds(box, size, padding);
    const sw = project(camera, size, box[0], box[1]);
    const ne = project(camera, size, box[2], box[3]);
    expect(sw.x).toBeGreaterThanOrEqual(10 - 1e-6);
    expect(ne.x).toBeLessThanOrEqual(250 + 1e-6);
    expect(ne.y).toBeGreaterThanOrEqual(10 - 1e-6);
    expect(sw.y).toBeLessThanOrEqual(280 + 1e-6);
  });

  it('respects a maximum zoom', () => {
    expect(fitBounds([146, 43.4, 146.01, 43.41], size, none, 9).zoom).toBe(9);
  });
});

describe('panBy, zoomAround and viewBounds', () => {
  const size = { width: 400, height: 300 };
  const camera = { lon: 145.5, lat: 43.6, zoom: 7 };

  it('a drag moves the place under the pointer with it', () => {
    const moved = panBy(camera, 30, -20);
    const before = project(camera, size, 146, 43.8);
    const after = project(moved, size, 146, 43.8);
    expect(after.x - before.x).toBeCloseTo(30, 6);
    expect(after.y - before.y).toBeCloseTo(-20, 6);
    expect(moved.zoom).toBe(7);
  });

  it('zooming about a point keeps that point over the same place', () => {
    const point = { x: 320, y: 80 };
    const [lon, lat] = fromWorld(
      ...(() => {
        const [cx, cy] = toWorld(camera.lon, camera.lat);
        return [cx + (point.x - 200) / 2 ** 7, cy + (point.y - 150) / 2 ** 7] as [number, number];
      })(),
    );
    const zoomed = zoomAround(camera, size, point, 1.5, [3, 12]);
    expect(zoomed.zoom).toBe(8.5);
    const there = project(zoomed, size, lon, lat);
    expect(there.x).toBeCloseTo(point.x, 6);
    expect(there.y).toBeCloseTo(point.y, 6);
  });

  it('zoom stays within its range', () => {
    expect(zoomAround(camera, size, { x: 0, y: 0 }, 20, [3, 12]).zoom).toBe(12);
    expect(zoomAround(camera, size, { x: 0, y: 0 }, -20, [3, 12]).zoom).toBe(3);
  });

  it('the bounds of a view contain its centre and project to its corners', () => {
    const [w, s, e, n] = viewBounds(camera, size);
    expect(w).toBeLessThan(camera.lon);
    expect(e).toBeGreaterThan(camera.lon);
    expect(project(camera, size, w, n).x).toBeCloseTo(0, 6);
    expect(project(camera, size, e, s).y).toBeCloseTo(300, 6);
  });
});

describe('constrain', () => {
  const bounds = [
    [128, 36],
    [164, 56],
  ] as const;
  const size = { width: 800, height: 600 };
  const edges = (c: { lon: number; lat: number; zoom: number }) => viewBounds(c, size);

  it('leaves a camera well inside the bounds as it is', () => {
    const kept = constrain({ lon: 146, lat: 44, zoom: 7 }, size, bounds);
    expect(kept.zoom).toBe(7);
    expect(kept.lon).toBeCloseTo(146, 9);
    expect(kept.lat).toBeCloseTo(44, 9);
  });

  it('moves a camera that shows past an edge back in, so the view touches that edge', () => {
    const inside = constrain({ lon: 129, lat: 44, zoom: 7 }, size, bounds);
    expect(inside.zoom).toBe(7);
    expect(edges(inside)[0]).toBeCloseTo(128, 6);
    expect(inside.lat).toBeCloseTo(44, 6);
  });

  it('zooms in until the bounds fill the view, as MapLibre does with maxBounds', () => {
    const out = constrain({ lon: 146, lat: 46, zoom: 2 }, size, bounds);
    const [west, south, east, north] = edges(out);
    expect(out.zoom).toBeGreaterThan(2);
    expect(west).toBeGreaterThanOrEqual(128 - 1e-6);
    expect(east).toBeLessThanOrEqual(164 + 1e-6);
    expect(south).toBeGreaterThanOrEqual(36 - 1e-6);
    expect(north).toBeLessThanOrEqual(56 + 1e-6);
    // One pair of edges touches: not zoomed in further than it must.
    expect(
      Math.min(Math.abs(west - 128) + Math.abs(east - 164), Math.abs(south - 36) + Math.abs(north - 56)),
    ).toBeLessThan(1e-6);
  });
});
