import type { Feature, FeatureCollection, Position } from 'geojson';
import { collectionBbox, featureBbox, type Bbox, type Padding } from '../lib/map/camera';
import { fitBounds, project, toWorld, type Camera } from '../lib/map/mercator';
import { inkColours, shadeColours, type PaletteName } from '../lib/map/history-style';
import { DARK, LIGHT } from '../lib/map/palette';
import type { MapRenderer, RendererEvents } from '../lib/map/renderer';
import type { HistoryMapState } from '../lib/history/map-state';
import { isIslandId } from '../lib/geo/islands';
import type { MapView } from '../lib/url/hash-state';
import type { GeoData } from './geo-data';

export interface SvgRendererOptions {
  container: HTMLElement;
  geo: GeoData;
  history: HistoryMapState;
  palette: PaletteName;
  initialView: MapView | null;
  initialPadding: Padding;
  events: RendererEvents;
}

const SVG = 'http://www.w3.org/2000/svg';
/** The whole region the treaties changed, as in the MapLibre renderer. */
const REGION: Bbox = [139.3, 41.3, 157.0, 51.8];

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string> = {}): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  return node;
}

/** SVG path data of a feature in world pixels at zoom 0 (the group's transform does the camera). */
function pathData(feature: Feature): string {
  const g = feature.geometry;
  const rings: Position[][] =
    g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : g.type === 'LineString' ? [g.coordinates] : [];
  const closed = g.type !== 'LineString';
  return rings
    .map((ring) => {
      const points = ring.map(([lon, lat]) => toWorld(lon!, lat!).map((v) => v.toFixed(4)).join(' '));
      return `M${points.join('L')}${closed ? 'Z' : ''}`;
    })
    .join('');
}

/** The area a feature belongs to: `area` in the context layer, `id` in the focus layer (as history-style's areaKey). */
const areaOf = (f: Feature): string => String(f.properties?.area ?? f.properties?.id ?? '');

/**
 * Draws the overview geometry as SVG: the map's first paint while MapLibre loads, and the map itself in a browser
 * without WebGL 2. The five areas, context land and treaty lines, coloured by who held them, with selection and
 * highlight. The camera moves by fitting boxes; there is no panning or zooming by hand, and no full-detail coastline.
 */
export function createSvgRenderer(o: SvgRendererOptions): MapRenderer {
  const base = o.palette === 'dark' ? DARK : LIGHT;
  const colours = shadeColours(o.palette);
  const ink = inkColours(o.palette);
  const size = () => ({ width: o.container.clientWidth, height: o.container.clientHeight });

  const svg = el('svg', { class: 'svg-map', role: 'img', 'aria-label': 'Map of Hokkaido and the southern Kuril Islands (simplified drawing)' });
  // Above MapLibre's canvas while MapLibre loads behind it (see ./start.ts), until this sketch is destroyed.
  svg.style.cssText = `position:absolute;inset:0;z-index:1;width:100%;height:100%;background:${base.sea}`;
  const hatch = el('pattern', { id: 'svg-map-hatch', width: '6', height: '6', patternUnits: 'userSpaceOnUse' });
  hatch.append(el('rect', { width: '2', height: '6', fill: ink.hatch, 'fill-opacity': '0.7' }));
  const defs = el('defs');
  defs.append(hatch);
  const world = el('g');
  svg.append(defs, world);

  const draw = (collection: FeatureCollection, layer: string) =>
    collection.features.map((feature) => {
      const path = el('path', { d: pathData(feature), 'data-area': areaOf(feature), class: layer, 'vector-effect': 'non-scaling-stroke' });
      world.append(path);
      return path;
    });
  const context = draw(o.geo.context, 'context');
  const focus = draw(o.geo.overview, 'focus');
  const hatches = [...o.geo.context.features, ...o.geo.overview.features].map((feature) => {
    const path = el('path', { d: pathData(feature), 'data-area': areaOf(feature), fill: 'url(#svg-map-hatch)', 'pointer-events': 'none' });
    world.append(path);
    return path;
  });
  const lines = o.geo.boundaries.features.map((feature) => {
    const path = el('path', {
      d: pathData(feature),
      'data-boundary': String(feature.properties?.id),
      fill: 'none',
      stroke: ink.line,
      'stroke-width': '2',
      'stroke-dasharray': feature.properties?.schematic ? '6 4' : '',
      'vector-effect': 'non-scaling-stroke',
      'pointer-events': 'none',
    });
    world.append(path);
    return path;
  });
  for (const path of context) path.setAttribute('stroke', base.contextLine);
  for (const path of focus) {
    path.setAttribute('stroke', base.coast);
    path.style.cursor = 'pointer';
  }
  o.container.append(svg);

  const overview = collectionBbox(o.geo.overview);
  const islandBoxes = new Map(o.geo.overview.features.map((f) => [String(f.properties?.id), featureBbox(f)]));
  let camera: Camera = o.initialView ?? fitBounds(overview, size(), o.initialPadding);
  let selected: string | null = null;
  let hovered: string | null = null;

  const apply = () => {
    const scale = 2 ** camera.zoom;
    const [cx, cy] = toWorld(camera.lon, camera.lat);
    const { width, height } = size();
    world.setAttribute('transform', `translate(${width / 2 - cx * scale} ${height / 2 - cy * scale}) scale(${scale})`);
    // Keep the hatch the same size on screen at any zoom.
    hatch.setAttribute('patternTransform', `scale(${1 / scale}) rotate(45)`);
    o.events.move();
    o.events.moveEnd({ zoom: camera.zoom, lat: camera.lat, lon: camera.lon });
  };
  const outline = () => {
    for (const path of focus) {
      const id = path.dataset.area ?? '';
      path.setAttribute('stroke-width', id === selected ? '3' : id === hovered ? '2' : '0.8');
      path.setAttribute('stroke', id === selected ? base.selectedLine : base.coast);
    }
  };
  const fit = (box: Bbox, padding: Padding, maxZoom: number) => {
    camera = fitBounds(box, size(), padding, maxZoom);
    apply();
  };

  svg.addEventListener('click', (event) => {
    const id = (event.target as Element).closest('path.focus')?.getAttribute('data-area');
    o.events.select(isIslandId(id) ? id : null);
  });
  svg.addEventListener('pointerover', (event) => {
    hovered = (event.target as Element).closest('path.focus')?.getAttribute('data-area') ?? null;
    outline();
  });
  const resize = new ResizeObserver(apply);
  resize.observe(o.container);

  const renderer: MapRenderer = {
    project: (lon, lat) => project(camera, size(), lon, lat),
    setSelected(id) {
      selected = id;
      outline();
    },
    highlight(id) {
      hovered = id;
      outline();
    },
    frame(id, { padding }) {
      const box = id ? islandBoxes.get(id) : overview;
      if (box) fit(box, padding, id === 'habomai' ? 10 : 9);
    },
    frameRegion({ padding }) {
      fit(REGION, padding, 9);
    },
    setHistory(state: HistoryMapState) {
      for (const path of [...context, ...focus]) {
        const shade = state.shading[path.dataset.area as keyof typeof state.shading] ?? 'neutral';
        path.setAttribute('fill', colours[shade]);
        path.setAttribute('stroke-dasharray', shade === 'undetermined' ? '4 3' : '');
      }
      for (const path of hatches) {
        const disputed = state.shading[path.dataset.area as keyof typeof state.shading] === 'disputed';
        path.setAttribute('visibility', disputed ? 'visible' : 'hidden');
      }
      const shown = new Set(state.boundaries.map((b) => b.id));
      for (const path of lines) path.setAttribute('visibility', shown.has(path.dataset.boundary as never) ? 'visible' : 'hidden');
    },
    jumpTo(view) {
      camera = { lon: view.lon, lat: view.lat, zoom: view.zoom };
      apply();
    },
    view: () => ({ zoom: camera.zoom, lat: camera.lat, lon: camera.lon }),
    destroy() {
      resize.disconnect();
      svg.remove();
    },
  };
  renderer.setHistory(o.history);
  outline();
  apply();
  queueMicrotask(() => o.events.ready());
  return renderer;
}
