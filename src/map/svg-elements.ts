import type { Feature, Position } from 'geojson';
import { toWorld } from '../lib/map/mercator.ts';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * The zoom whose world pixels the drawing's coordinates are in; the camera's transform scales them by
 * 2^(zoom − DRAW_ZOOM). At zoom 0's tiny coordinates the hatch's tiles would need a pattern scaled down by 2^zoom
 * (1/512 at zoom 9), and WebKit drops a pattern scaled that far; from zoom 8 they stay between 1/16 and 23.
 */
export const DRAW_ZOOM = 8;
const DRAW_SCALE = 2 ** DRAW_ZOOM;

export function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string> = {},
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  return node;
}

/** Sets an attribute only if it changes: setting one, even to its old value, restyles and repaints the drawing. */
export function setChanged(node: Element, name: string, value: string): void {
  if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

/** SVG path data of a feature in world pixels at DRAW_ZOOM (the group's transform does the camera). */
export function pathData(feature: Feature): string {
  const g = feature.geometry;
  const rings: Position[][] =
    g.type === 'Polygon'
      ? g.coordinates
      : g.type === 'MultiPolygon'
        ? g.coordinates.flat()
        : g.type === 'LineString'
          ? [g.coordinates]
          : [];
  const closed = g.type !== 'LineString';
  return rings
    .map((ring) => {
      const points = ring.map(([lon, lat]) =>
        toWorld(lon!, lat!)
          .map((v) => (v * DRAW_SCALE).toFixed(2))
          .join(' '),
      );
      return `M${points.join('L')}${closed ? 'Z' : ''}`;
    })
    .join('');
}
