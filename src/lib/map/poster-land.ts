/**
 * The poster's context land (build/poster/poster.ts) read back as GeoJSON, so the page's first SVG drawing can take
 * it from the HTML instead of fetching the context layer: about 13 KB gzipped less before the map is interactive.
 * Its rings were thinned one by one for the poster, so the edges two rings shared no longer match: the coast is not
 * stroked from them (./coastline.ts), and the full layer replaces them when the reader first pans or zooms.
 */
import type { Feature, FeatureCollection, MultiPolygon, Position } from 'geojson';
import { fromWorld } from './mercator.ts';

/** Where poster units sit in world pixels at zoom 0: world = origin + units / scale. */
export interface PosterWorld {
  x: number;
  y: number;
  scale: number;
}

export const formatPosterWorld = (w: PosterWorld): string => `${w.x} ${w.y} ${w.scale}`;

export function parsePosterWorld(text: string | null | undefined): PosterWorld | null {
  const [x, y, scale] = (text ?? '').split(' ').map(Number);
  return Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(scale) && scale! > 0
    ? { x: x!, y: y!, scale: scale! }
    : null;
}

/** The rings of path data in the poster's form (M, then m, l and z, whole numbers), as absolute points. */
export function decodePosterPath(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  let at: [number, number] = [0, 0];
  let start: [number, number] = [0, 0];
  for (const [, command, args] of d.matchAll(/([MmlZz])([^MmlZz]*)/g)) {
    const n = (args!.match(/-?\d+/g) ?? []).map(Number);
    if (command === 'M' || command === 'm') {
      at = command === 'M' ? [n[0]!, n[1]!] : [at[0] + n[0]!, at[1] + n[1]!];
      start = at;
      rings.push([at]);
    } else if (command === 'l') {
      for (let i = 0; i + 1 < n.length; i += 2) {
        at = [at[0] + n[i]!, at[1] + n[i + 1]!];
        rings.at(-1)!.push(at);
      }
    } else {
      // z: the current point is the ring's start again.
      at = start;
    }
  }
  return rings;
}

/** Poster land shapes as features: one polygon per ring (context land has no holes), marked `poster: true`. */
export function posterLand(
  shapes: readonly { d: string; area: string }[],
  world: PosterWorld,
): FeatureCollection<MultiPolygon> {
  const toLonLat = ([x, y]: [number, number]): Position =>
    fromWorld(world.x + x / world.scale, world.y + y / world.scale);
  const features: Feature<MultiPolygon>[] = shapes.flatMap(({ d, area }) => {
    const rings = decodePosterPath(d).filter((r) => r.length >= 3);
    if (!rings.length) return [];
    const polygons = rings.map((ring) => {
      const points = ring.map(toLonLat);
      return [[...points, points[0]!]];
    });
    return [
      {
        type: 'Feature',
        properties: { area, poster: true },
        geometry: { type: 'MultiPolygon', coordinates: polygons },
      },
    ];
  });
  return { type: 'FeatureCollection', features };
}
