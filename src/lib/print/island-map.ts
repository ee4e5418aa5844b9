/**
 * A static drawing of one island and its neighbours for the printed briefing (an island's panel printed): plain
 * SVG path data in a fixed viewBox, so print needs neither the live map nor WebGL. Web Mercator, as on screen.
 */
import type { Feature, FeatureCollection, Position } from 'geojson';

export interface PrintPath {
  id: string;
  d: string;
  /** The island printed, drawn darker. */
  focus: boolean;
}

export interface PrintMap {
  viewBox: string;
  paths: PrintPath[];
}

const WIDTH = 1000;
const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * (180 / Math.PI);

function rings(f: Feature): Position[][] {
  const g = f.geometry;
  return g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
}

/** The island `id` framed with a margin of `margin` of its size around it, with every other area the frame reaches. */
export function islandPrintMap(areas: FeatureCollection, id: string, margin = 0.35): PrintMap | null {
  const target = areas.features.find((f) => f.properties?.id === id);
  if (!target) return null;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const ring of rings(target)) {
    for (const [lon, lat] of ring) {
      xs.push(lon!);
      ys.push(mercY(lat!));
    }
  }
  let [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const pad = Math.max(x1 - x0, y1 - y0) * margin;
  [x0, x1, y0, y1] = [x0 - pad, x1 + pad, y0 - pad, y1 + pad];
  const scale = WIDTH / (x1 - x0);
  const height = Math.round((y1 - y0) * scale);
  const px = (lon: number) => ((lon - x0) * scale).toFixed(1);
  const py = (lat: number) => ((y1 - mercY(lat)) * scale).toFixed(1);
  const paths = areas.features.flatMap((f) => {
    const rs = rings(f).filter((ring) =>
      ring.some(([lon, lat]) => lon! >= x0 && lon! <= x1 && mercY(lat!) >= y0 && mercY(lat!) <= y1),
    );
    if (!rs.length) return [];
    const d = rs.map((ring) => `M${ring.map(([lon, lat]) => `${px(lon!)} ${py(lat!)}`).join('L')}Z`).join('');
    return [{ id: String(f.properties?.id), d, focus: f === target }];
  });
  return { viewBox: `0 0 ${WIDTH} ${height}`, paths };
}
