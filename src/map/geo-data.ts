import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import overviewUrl from '../../geo/out/overview.topo.json?url';
import contextUrl from '../../geo/out/context.topo.json?url';
import contextFarUrl from '../../geo/out/context-far.topo.json?url';
import boundariesUrl from '../../geo/out/boundaries.geojson?url';
import placesUrl from '../../geo/out/places.geojson?url';
// Named imports: Vite then bundles only these two of the manifest's keys, not its notes and sizes.
import { chunks, detail_minzoom } from '../../geo/out/manifest.json';
import { chunksToLoad, type DetailChunk } from '../lib/map/detail.ts';
import type { Bbox } from '../lib/map/camera.ts';
import { fetchFile } from '../lib/load/failure.ts';

export interface GeoData {
  overview: FeatureCollection;
  context: FeatureCollection;
  boundaries: FeatureCollection;
  places: FeatureCollection;
}

async function fetchJson(url: string): Promise<FeatureCollection> {
  return (await (await fetchFile(url)).json()) as FeatureCollection;
}

/** A layer geo/build.ts wrote as TopoJSON (quantized, about half the GeoJSON's bytes), as GeoJSON again. */
async function fetchTopology(url: string, layer: string): Promise<FeatureCollection> {
  const topology = (await (await fetchFile(url)).json()) as Topology;
  const object = topology.objects[layer];
  if (!object) throw new Error(`${url} has no layer ${layer}`);
  return feature(topology, object) as FeatureCollection;
}

/** The layers of the first view, fetched in parallel; the context land taken from the poster when it has it. */
export async function loadGeoData(posterContext: FeatureCollection | null): Promise<GeoData> {
  const [overview, context, boundaries, places] = await Promise.all([
    fetchTopology(overviewUrl, 'overview'),
    posterContext ?? fetchTopology(contextUrl, 'context'),
    fetchJson(boundariesUrl),
    fetchJson(placesUrl),
  ]);
  return { overview, context, boundaries, places };
}

/**
 * The first view's context land with the land no first view shows (Kamchatka, the northern Kurils) added, and at
 * full detail if the first view took it from the poster. Without it the map still works, so a failure leaves the
 * first view's land.
 */
export function withFullContext(context: FeatureCollection): Promise<FeatureCollection> {
  const near = context.features.some((f) => f.properties?.poster)
    ? fetchTopology(contextUrl, 'context')
    : Promise.resolve(context);
  return Promise.all([near, fetchTopology(contextFarUrl, 'context')]).then(
    ([land, far]) => ({ type: 'FeatureCollection', features: [...land.features, ...far.features] }),
    () => context,
  );
}

export const detailMinzoom: number = detail_minzoom;

export const detailChunks: DetailChunk[] = chunks.map((c) => ({
  id: c.id,
  area: c.area,
  bbox: c.bbox as Bbox,
  file: c.file,
}));

/** How long a chunk that failed (offline, say) waits before a later move asks for it again. */
const RETRY_AFTER_MS = 5000;

/**
 * Full detail for both renderers: `load` fetches the chunks a view needs, once each; `arrived` holds what came, and
 * `onArrive` is told of each. A chunk that fails leaves the simplified coast in view and is tried again on a move
 * RETRY_AFTER_MS later, not on every move (a camera at rest still ends moves: a resize, a panel's padding).
 */
export function detailLoader(onArrive: (chunk: DetailChunk) => void) {
  const requested = new Set<string>();
  const arrived = new Map<string, Feature[]>();
  return {
    arrived: arrived as ReadonlyMap<string, readonly Feature[]>,
    load(view: Bbox, zoom: number): void {
      for (const chunk of chunksToLoad(detailChunks, view, zoom, detailMinzoom, requested)) {
        requested.add(chunk.id);
        // The map fetches a detail file only when zoomed in, so the list of their URLs comes only then too.
        import('./detail-urls.ts')
          .then(({ detailUrl }) => fetchJson(detailUrl(chunk.file)))
          .then((fc) => {
            arrived.set(chunk.id, fc.features);
            onArrive(chunk);
          })
          .catch(() => setTimeout(() => requested.delete(chunk.id), RETRY_AFTER_MS));
      }
    },
  };
}
