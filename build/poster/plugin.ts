/**
 * Writes the poster (build/poster/poster.ts) into each page's HTML, before the app's element, and serves
 * its colours as `virtual:poster.css` (imported by src/main.ts, so they arrive with the page's stylesheet). Built
 * from geo/out/ and content/periods/ at every build; nothing to rebuild by hand.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Plugin } from 'vite';
import { posterCss, posterMarkup } from './poster.ts';
import { collectionBbox, overviewBbox } from '../../src/lib/map/camera.ts';
import { mapStateAt } from '../../src/lib/history/map-state.ts';
import { POSTER_ID } from '../../src/poster/handover.ts';
import { loadPeriods } from '../history/periods.ts';

const CSS_ID = 'virtual:poster.css';
const RESOLVED_CSS = `\0${CSS_ID}`;
/** The phone the poster frames its view for: most readers. */
const PHONE = { width: 390, height: 844 };

function topology(path: string, layer: string): FeatureCollection {
  const topo = JSON.parse(readFileSync(path, 'utf8')) as Topology;
  const object = topo.objects[layer];
  if (!object) throw new Error(`${path} has no layer ${layer}`);
  return feature(topo, object) as FeatureCollection;
}

/** The poster's markup, for the page's `<div id="app">` to follow. */
export function posterHtml(root: string, today?: string): string {
  const overview = topology(resolve(root, 'geo/out/overview.topo.json'), 'overview');
  const context = topology(resolve(root, 'geo/out/context.topo.json'), 'context');
  const boundaries = JSON.parse(readFileSync(resolve(root, 'geo/out/boundaries.geojson'), 'utf8')) as FeatureCollection;
  const contentDir = resolve(root, 'content');
  const year = Number((today ?? new Date().toISOString()).slice(0, 4));
  // The periods carry the dates of the events that change who holds what (mapStateAt throws for one they lack).
  const state = mapStateAt(year, 'administered', loadPeriods(contentDir), [], today);
  const frames = { narrow: overviewBbox(overview, PHONE), wide: collectionBbox(overview) };
  return `<div id="${POSTER_ID}" class="poster">${posterMarkup({ overview, context, boundaries, state, frames })}</div>\n    `;
}

export function posterPlugin(): Plugin {
  let root = process.cwd();
  // Both pages carry the same poster: made once per build (or dev server start), not once per page.
  let markup: string | undefined;
  return {
    name: 'kuril-poster',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      markup = undefined;
    },
    resolveId(id) {
      return id === CSS_ID ? RESOLVED_CSS : undefined;
    },
    load(id) {
      return id === RESOLVED_CSS ? posterCss() : undefined;
    },
    transformIndexHtml(html, context) {
      const app = '<div id="app"></div>';
      if (!html.includes(app)) throw new Error(`${context.filename}: no ${app} to put the poster before`);
      markup ??= posterHtml(root);
      return html.replace(app, markup + app);
    },
  };
}
