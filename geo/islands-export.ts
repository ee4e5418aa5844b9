// The five areas at full detail in one file, for re-use (published as data/islands.geojson by geo/vite-plugin.ts).
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import mapshaper from 'mapshaper';

const AREAS = ['iturup', 'kunashir', 'shikotan', 'habomai', 'hokkaido'];

/**
 * Merges the per-area detail chunks back into one feature per area (Hokkaido's bbox chunks are dissolved).
 * `chunks` lists each detail file with its area; `read` returns a file's text.
 */
export async function islandsGeoJSON(
  chunks: { area: string; file: string }[],
  read: (file: string) => string,
): Promise<string> {
  const features: Feature<Polygon | MultiPolygon>[] = [];
  for (const area of AREAS) {
    const parts = chunks
      .filter((c) => c.area === area)
      .map((c) => (JSON.parse(read(c.file)) as { features: Feature<MultiPolygon>[] }).features[0]!);
    if (parts.length === 0) throw new Error(`islands.geojson: no detail chunk for ${area}`);
    let geometry: MultiPolygon;
    if (parts.length === 1) geometry = parts[0]!.geometry;
    else {
      // mapshaper -dissolve2 removes the chunk seams (turf.union works too but takes ~17 s on 43k vertices)
      const out = await mapshaper.applyCommands(
        '-i in.json -dissolve2 -o out.json format=geojson geojson-type=FeatureCollection',
        {
          'in.json': {
            type: 'FeatureCollection',
            features: parts.map((p) => ({ type: 'Feature', properties: {}, geometry: p.geometry })),
          },
        },
      );
      const u = (JSON.parse(String(out['out.json'])) as { features: Feature<Polygon | MultiPolygon>[] }).features[0];
      if (!u) throw new Error(`islands.geojson: merging the ${area} chunks failed`);
      const g = u.geometry;
      const polys: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      // round away the tiny float noise of the union; keep the largest polygon (main island) first
      const r = (p: Position): Position => [Math.round(p[0]! * 1e5) / 1e5, Math.round(p[1]! * 1e5) / 1e5];
      const rounded = polys.map((poly) => poly.map((ring) => ring.map(r)));
      const areaOf = (p: Position[][]) => turf.area(turf.polygon(p));
      rounded.sort((a, b) => areaOf(b) - areaOf(a));
      geometry = { type: 'MultiPolygon', coordinates: rounded };
    }
    features.push({ type: 'Feature', properties: parts[0]!.properties, geometry });
  }
  return '{"type":"FeatureCollection","features":[\n' + features.map((f) => JSON.stringify(f)).join(',\n') + '\n]}\n';
}
