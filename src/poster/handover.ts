/**
 * The page's side of the poster (build/poster/poster.ts): the static map the HTML carries (written by
 * build/poster/plugin.ts), on screen from the first paint until the script's own drawing is in.
 */
import type { FeatureCollection } from 'geojson';
import { parsePosterWorld, posterLand } from '../lib/map/poster-land.ts';

export const POSTER_ID = 'poster';

/** The context land the poster draws, as GeoJSON for the first SVG drawing; null when there is no poster. */
export function posterContext(): FeatureCollection | null {
  const poster = document.getElementById(POSTER_ID);
  const world = parsePosterWorld(poster?.querySelector('.poster-defs')?.getAttribute('data-world'));
  if (!poster || !world) return null;
  const shapes = [...poster.querySelectorAll('.poster-narrow use[data-area]')].flatMap((use) => {
    const d = poster.querySelector(use.getAttribute('href') ?? '')?.getAttribute('d');
    return d ? [{ d, area: use.getAttribute('data-area')! }] : [];
  });
  return shapes.length ? posterLand(shapes, world) : null;
}

/**
 * Moves the poster into the map's box, where it stands until removePoster(). A link to a year or a place shows
 * another map than the poster's today's overview, so there it goes at once.
 */
export function adoptPoster(into: HTMLElement, showsOtherMap: boolean): void {
  const poster = document.getElementById(POSTER_ID);
  if (!poster) return;
  if (showsOtherMap) poster.remove();
  else into.append(poster);
}

export function removePoster(): void {
  document.getElementById(POSTER_ID)?.remove();
}
