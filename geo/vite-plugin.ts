// Vite plugin: publishes geo/out/islands.geojson (the five areas at full detail, with names and figures) as
// data/islands.geojson in the build. The file is made by `npm run geo`; the app's build needs no geometry tools.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/**
 * `geoDataExport()` — at build time emits `data/islands.geojson`: Iturup, Kunashir, Shikotan, Habomai and Hokkaido at
 * full detail (MLIT N03-derived; attribution in geo/sources/README.md), each with the same properties as overview.geojson.
 */
export function geoDataExport(options: { outDir?: string } = {}): Plugin {
  const file = path.join(options.outDir ?? path.join(HERE, 'out'), 'islands.geojson');
  return {
    name: 'kuril-geo-data-export',
    apply: 'build',
    generateBundle() {
      if (!fs.existsSync(file)) this.error(`${file} missing; run \`npm run geo\``);
      this.emitFile({ type: 'asset', fileName: 'data/islands.geojson', source: fs.readFileSync(file, 'utf8') });
    },
  };
}

export default geoDataExport;
