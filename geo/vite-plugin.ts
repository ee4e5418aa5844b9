// Vite plugin: emits data/islands.geojson (the five areas at full detail, with names and figures) into the build.
// Reads the committed, generated files in geo/out/ (run `npm run geo` first if they are missing).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Plugin } from 'vite';
import mapshaper from 'mapshaper';

const HERE = path.dirname(fileURLToPath(import.meta.url));

interface ManifestLike { chunks: { id: string; area: string; file: string }[] }

/** Merge the per-area detail chunks of geo/out back into one feature per area (Hokkaido's bbox chunks are unioned). */
export async function islandsGeoJSON(outDir: string = path.join(HERE, 'out')): Promise<string> {
  const manifestPath = path.join(outDir, 'manifest.json');
  if (!fs.existsSync(manifestPath)) throw new Error(`geoDataExport: ${manifestPath} missing; run \`npm run geo\``);
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as ManifestLike;
  const areas = ['iturup', 'kunashir', 'shikotan', 'habomai', 'hokkaido'];
  const features: Feature<Polygon | MultiPolygon>[] = [];
  for (const area of areas) {
    const parts = manifest.chunks
      .filter((c) => c.area === area)
      .map((c) => (JSON.parse(fs.readFileSync(path.join(outDir, c.file), 'utf8')) as { features: Feature<MultiPolygon>[] }).features[0]!);
    if (parts.length === 0) throw new Error(`geoDataExport: no detail chunk for ${area}`);
    let geometry: MultiPolygon;
    if (parts.length === 1) geometry = parts[0]!.geometry;
    else {
      // mapshaper -dissolve2 removes the chunk seams (turf.union works too but takes ~17 s on 43k vertices)
      const out = await mapshaper.applyCommands('-i in.json -dissolve2 -o out.json format=geojson geojson-type=FeatureCollection', {
        'in.json': { type: 'FeatureCollection', features: parts.map((p) => ({ type: 'Feature', properties: {}, geometry: p.geometry })) },
      });
      const u = (JSON.parse(String(out['out.json'])) as { features: Feature<Polygon | MultiPolygon>[] }).features[0];
      if (!u) throw new Error(`geoDataExport: merging the ${area} chunks failed`);
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

/**
 * `geoDataExport()` — at build time emits `data/islands.geojson`: Iturup, Kunashir, Shikotan, Habomai and Hokkaido at
 * full detail (MLIT N03-derived; attribution in geo/sources/README.md), each with the same properties as overview.geojson.
 */
export function geoDataExport(options: { outDir?: string } = {}): Plugin {
  return {
    name: 'kuril-geo-data-export',
    apply: 'build',
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'data/islands.geojson', source: await islandsGeoJSON(options.outDir) });
    },
  };
}

export default geoDataExport;
