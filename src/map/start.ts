import { loadHistory } from '../history/load';
import { loadGeoData } from './geo-data';

/**
 * Everything the map needs, fetched in parallel once the page shell is up: the geometry, MapLibre with the
 * renderer (the largest part, in a chunk of its own) and the time slider's data.
 */
export async function loadMap() {
  const [geo, { createMapLibreRenderer }, history] = await Promise.all([
    loadGeoData(),
    import('./maplibre-renderer'),
    loadHistory(),
  ]);
  return { geo, createRenderer: createMapLibreRenderer, history };
}
