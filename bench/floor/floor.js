// The benchmark's floor (build/bench/): what a newsroom would otherwise ship, MapLibre GL JS 6.17 from its npm
// package drawing the same five areas from the same geometry (geo/out/overview.geojson) at the same bounds as the
// explainer's first view. Not part of the build. Marks, as the explainer sets them: 'islands-drawn' when the areas
// are first drawn (MapLibre's `load`: style and data loaded, first complete frame), 'map-ready' at the first `idle`.
import { Map as MapLibreMap, setWorkerUrl } from './maplibre/maplibre-gl.mjs';

setWorkerUrl(new URL('./maplibre/maplibre-gl-worker.mjs', import.meta.url).href);

const container = document.getElementById('map');
const geo = await (await fetch('./geo/overview.geojson')).json();

// The explainer's overview on a phone (src/lib/map/camera.ts): the four disputed areas and Hokkaido's eastern end;
// all five areas from 768 px wide.
const box = [Infinity, Infinity, -Infinity, -Infinity];
const wide = container.clientWidth >= 768 && container.clientHeight >= 480;
for (const f of geo.features) {
  if (!wide && f.properties.status !== 'disputed') continue;
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const polygon of polygons)
    for (const [lon, lat] of polygon[0]) {
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
    }
}
if (!wide) box[0] = Math.min(box[0], 144.7);
const edge = Math.round(Math.min(container.clientWidth, container.clientHeight) * 0.06) + 12;
const padding = wide
  ? { top: edge, right: edge, bottom: edge + 24, left: edge }
  : { top: edge + 64, right: edge, bottom: edge + 24, left: edge };

const map = new MapLibreMap({
  container,
  bounds: box,
  fitBoundsOptions: { padding },
  maxBounds: [
    [128, 36],
    [164, 56],
  ],
  attributionControl: { compact: true, customAttribution: 'MLIT N03' },
  style: {
    version: 8,
    sources: { areas: { type: 'geojson', data: geo } },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#dfe9f0' } },
      {
        id: 'areas',
        type: 'fill',
        source: 'areas',
        paint: { 'fill-color': ['match', ['get', 'status'], 'disputed', '#e8c07a', '#f4f1ea'] },
      },
      { id: 'coast', type: 'line', source: 'areas', paint: { 'line-color': '#5b6670', 'line-width': 1 } },
    ],
  },
});
map.once('load', () => performance.mark('islands-drawn'));
map.once('idle', () => {
  performance.mark('map-ready');
  container.dataset.mapReady = 'true';
});
window.floorMap = map;
