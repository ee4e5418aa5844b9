import type { FeatureCollection } from 'geojson';
import { loadHistory } from '../data/history.ts';
import type { MapRenderer, RendererEvents } from '../lib/map/renderer.ts';
import { loadGeoData } from './geo-data.ts';
import type { MapLibreRendererOptions } from './maplibre-renderer.ts';

/** What both renderers are given; `ready` is this module's to handle. */
export type StartOptions = Omit<MapLibreRendererOptions, 'events'> & { events: Omit<RendererEvents, 'ready'> };

export type FullMapFailure = 'no-webgl' | 'not-loaded';

/*
 * The map comes in two steps:
 * 1. `loadSketch()`, as soon as the page shell runs: the geometry (the context land read from the HTML's poster when
 *    it is there), the slider's data and the SVG renderer, enough to draw the overview at once;
 * 2. `upgradeToMapLibre()`, when the reader first pans or zooms by hand: MapLibre (over 400 KB gzipped, and a
 *    second or more of main-thread work to compile) never stands in the way of the first view or of a tap. It draws
 *    beneath the sketch and replaces it, at the sketch's camera, once it has drawn a complete frame.
 */

export function loadSketch(posterContext: FeatureCollection | null) {
  return Promise.all([loadGeoData(posterContext), loadHistory(), import('./svg-renderer.ts')]).then(
    ([geo, history, svg]) => ({
      geo,
      history,
      createSketch: (options: StartOptions) =>
        svg.createSvgRenderer({ ...options, events: { ...options.events, ready: () => {} } }),
    }),
  );
}

/** Resolves with MapLibre's renderer once it has replaced the sketch; rejects with a `FullMapFailure`, leaving the sketch. */
export function upgradeToMapLibre(options: StartOptions, sketchMap: MapRenderer): Promise<MapRenderer> {
  // Not chained on `import()` itself, which Vite would move inside its loader of the chunk's CSS, past the `not-loaded`.
  const chunk = import('./maplibre-renderer.ts');
  return chunk.then(
    ({ createMapLibreRenderer: create }) =>
      new Promise<MapRenderer>((resolve, reject) => {
        // MapLibre's leftovers go, the sketch stays.
        const clearUp = () => {
          options.container.querySelectorAll(':scope > [class^="maplibregl-"]').forEach((node) => node.remove());
          options.container.classList.remove('maplibregl-map');
        };
        let settled = false;
        try {
          const full: MapRenderer = create({
            ...options,
            initialView: sketchMap.view(),
            events: {
              ...options.events,
              ready: () => {
                if (settled) return;
                settled = true;
                full.moveTo(sketchMap.view(), { padding: options.initialPadding, animate: false });
                sketchMap.destroy();
                resolve(full);
              },
              failed: () => {
                if (settled) return;
                settled = true;
                full.destroy();
                clearUp();
                reject('not-loaded' satisfies FullMapFailure);
              },
            },
          });
        } catch {
          // No WebGL 2, or it failed to start.
          clearUp();
          reject('no-webgl' satisfies FullMapFailure);
        }
      }),
    () => Promise.reject('not-loaded' satisfies FullMapFailure),
  );
}
