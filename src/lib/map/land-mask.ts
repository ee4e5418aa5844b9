import type { FeatureCollection, Position } from 'geojson';
import { toWorld } from './mercator.ts';

/**
 * Which area's land lies under a point, from a raster of the areas drawn once in Web Mercator world pixels
 * (zoom 0), so that the label layout can test hundreds of points per frame without touching the polygons.
 */
export interface LandMask {
  /** The id of the area under a world point, or null for sea (or outside the raster). */
  areaAt(x: number, y: number): string | null;
}

/** Fills each feature's polygons into a grid of at most `cells` cells on its longer side (even-odd rule). */
export function buildLandMask(collection: FeatureCollection, cells = 768): LandMask {
  const ids: string[] = [];
  const rings: { area: number; points: [number, number][] }[] = [];
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const feature of collection.features) {
    const g = feature.geometry;
    const polygons: Position[][][] =
      g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    ids.push(String(feature.properties?.id));
    for (const polygon of polygons) {
      for (const ring of polygon) {
        const points = ring.map(([lon, lat]) => toWorld(lon!, lat!));
        for (const [x, y] of points) {
          x0 = Math.min(x0, x);
          y0 = Math.min(y0, y);
          x1 = Math.max(x1, x);
          y1 = Math.max(y1, y);
        }
        rings.push({ area: ids.length, points });
      }
    }
  }
  if (!rings.length) return { areaAt: () => null };
  const cell = Math.max(x1 - x0, y1 - y0) / cells;
  const cols = Math.ceil((x1 - x0) / cell) + 1;
  const rows = Math.ceil((y1 - y0) / cell) + 1;
  const grid = new Uint8Array(cols * rows);

  // Scanline fill per area: for each row's centre line, the x where each edge crosses it, filled pairwise.
  for (let area = 1; area <= ids.length; area++) {
    const crossings: number[][] = Array.from({ length: rows }, () => []);
    for (const ring of rings) {
      if (ring.area !== area) continue;
      const p = ring.points;
      for (let i = 0, j = p.length - 1; i < p.length; j = i++) {
        const [ax, ay] = p[j]!;
        const [bx, by] = p[i]!;
        if (ay === by) continue;
        const top = Math.min(ay, by);
        const bottom = Math.max(ay, by);
        const first = Math.max(0, Math.ceil((top - y0) / cell - 0.5));
        const last = Math.min(rows - 1, Math.floor((bottom - y0) / cell - 0.5));
        for (let r = first; r <= last; r++) {
          const y = y0 + (r + 0.5) * cell;
          if (y < top || y >= bottom) continue;
          crossings[r]!.push(ax + ((y - ay) / (by - ay)) * (bx - ax));
        }
      }
    }
    crossings.forEach((xs, r) => {
      xs.sort((a, b) => a - b);
      for (let k = 0; k + 1 < xs.length; k += 2) {
        const from = Math.max(0, Math.ceil((xs[k]! - x0) / cell - 0.5));
        const to = Math.min(cols - 1, Math.floor((xs[k + 1]! - x0) / cell - 0.5));
        grid.fill(area, r * cols + from, r * cols + to + 1);
      }
    });
  }

  return {
    areaAt(x, y) {
      const c = Math.floor((x - x0) / cell);
      const r = Math.floor((y - y0) / cell);
      if (c < 0 || r < 0 || c >= cols || r >= rows) return null;
      const area = grid[r * cols + c]!;
      return area ? ids[area - 1]! : null;
    },
  };
}

/**
 * The share (0–1) of a screen box over land of an area other than `id`, sampled every `step` px, for a north-up
 * map whose projection is `project` (both renderers: Web Mercator without rotation, so two points fix it).
 */
export function foreignLandShare(
  mask: LandMask,
  project: (lon: number, lat: number) => { x: number; y: number },
): (id: string, rect: { left: number; top: number; right: number; bottom: number }, step?: number) => number {
  const [ax, ay] = toWorld(140, 40);
  const [bx, by] = toWorld(150, 48);
  const a = project(140, 40);
  const b = project(150, 48);
  const sx = (b.x - a.x) / (bx - ax);
  const sy = (b.y - a.y) / (by - ay);
  return (id, rect, step = 6) => {
    let samples = 0;
    let foreign = 0;
    for (let y = rect.top + step / 2; y < rect.bottom; y += step) {
      for (let x = rect.left + step / 2; x < rect.right; x += step) {
        samples++;
        const area = mask.areaAt(ax + (x - a.x) / sx, ay + (y - a.y) / sy);
        if (area !== null && area !== id) foreign++;
      }
    }
    return samples ? foreign / samples : 0;
  };
}
