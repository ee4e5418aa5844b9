import type { Feature, FeatureCollection, MultiLineString, Position } from 'geojson';

/**
 * Numbers for a collection's distinct vertices, by their exact coordinates, and edges as pairs of them: the first view
 * strokes its coast from thousands of edges, and a number per edge costs a fraction of a string per edge.
 */
function edgeKeys() {
  const byX = new Map<number, Map<number, number>>();
  let next = 0;
  const vertex = (p: Position): number => {
    let byY = byX.get(p[0]!);
    if (!byY) byX.set(p[0]!, (byY = new Map()));
    let id = byY.get(p[1]!);
    if (id === undefined) byY.set(p[1]!, (id = next++));
    return id;
  };
  // Exact while there are fewer than 2^26 vertices: the sum stays under 2^53.
  const edge = (a: number, b: number): number => (a < b ? a * 2 ** 26 + b : b * 2 ** 26 + a);
  return { vertex, edge };
}

function ringsOf(f: Feature): Position[][] {
  const g = f.geometry;
  if (g?.type === 'Polygon') return g.coordinates;
  if (g?.type === 'MultiPolygon') return g.coordinates.flat();
  return [];
}

/**
 * The coast of land polygons as lines, to stroke instead of the polygons' outlines: every ring edge except those that
 * two rings share. Land split for shading (Sakhalin at 50°N into osm-3-south and -north) or meeting at a land border
 * is one coast, so no outline draws a cut that was never a coastline; a treaty line is a boundary feature of its own.
 * One MultiLineString per polygon feature, with its `id` and `area`; a feature with no coast of its own is left out,
 * and so is land read from the poster (`poster: true`, ./poster-land.ts), whose shared edges no longer match.
 */
export function coastlines(land: FeatureCollection): FeatureCollection<MultiLineString> {
  const { vertex, edge } = edgeKeys();
  const ids = new Map<Position[], number[]>();
  const uses = new Map<number, number>();
  const stroked = land.features.filter((f) => !f.properties?.poster);
  for (const f of stroked) {
    for (const ring of ringsOf(f)) {
      const v = ring.map(vertex);
      ids.set(ring, v);
      for (let i = 0; i + 1 < v.length; i++) {
        const k = edge(v[i]!, v[i + 1]!);
        uses.set(k, (uses.get(k) ?? 0) + 1);
      }
    }
  }
  const features: Feature<MultiLineString>[] = [];
  for (const f of stroked) {
    const lines: Position[][] = [];
    for (const ring of ringsOf(f)) {
      const v = ids.get(ring)!;
      const n = ring.length - 1; // closed ring: n edges
      const coast = (i: number) => uses.get(edge(v[i % n]!, v[(i % n) + 1]!)) === 1;
      // Start after a shared edge, if there is one, so that a run of coast never breaks at the ring's first vertex.
      let start = 0;
      for (let i = 0; i < n; i++)
        if (!coast(i)) {
          start = i + 1;
          break;
        }
      let run: Position[] = [];
      for (let j = 0; j < n; j++) {
        const i = (start + j) % n;
        if (coast(i)) {
          if (run.length === 0) run.push(ring[i]!);
          run.push(ring[i + 1]!);
        } else if (run.length) {
          lines.push(run);
          run = [];
        }
      }
      if (run.length) lines.push(run);
    }
    if (lines.length)
      features.push({
        type: 'Feature',
        properties: { id: f.properties?.id ?? null, area: f.properties?.area ?? null },
        geometry: { type: 'MultiLineString', coordinates: lines },
      });
  }
  return { type: 'FeatureCollection', features };
}
