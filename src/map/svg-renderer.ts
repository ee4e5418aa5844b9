import type { FeatureCollection } from 'geojson';
import { areaBoxes, fitOf, MAX_BOUNDS, overviewBbox, type Padding } from '../lib/map/camera.ts';
import {
  constrain,
  fitBounds,
  panBy,
  project,
  toWorld,
  viewBounds,
  zoomAround,
  type Camera,
} from '../lib/map/mercator.ts';
import { areaOf, inkColours, shadeColours, type PaletteName } from '../lib/map/history-style.ts';
import { selectedOutlineWidth } from '../lib/map/outline.ts';
import { DARK, LIGHT } from '../lib/map/palette.ts';
import { coastlines } from '../lib/map/coastline.ts';
import type { MapRenderer, RendererEvents } from '../lib/map/renderer.ts';
import type { HistoryMapState } from '../lib/history/map-state.ts';
import { isIslandId } from '../lib/geo/islands.ts';
import type { MapView } from '../lib/url/hash-state.ts';
import { detailChunks, detailLoader, type GeoData } from './geo-data.ts';
import { DRAW_ZOOM, el, pathData, setChanged } from './svg-elements.ts';
import { attachGestures } from './svg-gestures.ts';

export interface SvgRendererOptions {
  container: HTMLElement;
  geo: GeoData;
  history: HistoryMapState;
  palette: PaletteName;
  initialView: MapView | null;
  initialPadding: Padding;
  events: RendererEvents;
}

/** How far a reader can zoom out and in by hand. */
const ZOOM_RANGE = [3.5, 12] as const;

/**
 * Draws the overview geometry as SVG: the map of the first view, until the reader first pans or zooms by hand and
 * MapLibre takes over (it says so through `events.gesture`), and the map itself in a browser without WebGL 2. The five areas, context land and treaty lines, coloured by who held them, with selection and
 * highlight. It pans and zooms by hand (./svg-gestures.ts), and zoomed in it draws an area's full-detail coast once
 * all of that area's detail has arrived.
 */
export function createSvgRenderer(o: SvgRendererOptions): MapRenderer {
  let base = o.palette === 'dark' ? DARK : LIGHT;
  let colours = shadeColours(o.palette);
  let ink = inkColours(o.palette);
  let history = o.history;
  // The container's size, read once here, before the drawing is in the page, then again only when it changes: every
  // label's projection asks for it, and each read after a change to the drawing would force a layout of the page.
  const measure = () => ({ width: o.container.clientWidth, height: o.container.clientHeight });
  let box = measure();
  const size = () => box;

  const svg = el('svg', {
    class: 'svg-map',
    role: 'region',
    tabindex: '0',
    'aria-label': 'Map of Hokkaido and the southern Kuril Islands. Arrow keys move it, plus and minus zoom.',
  });
  const cooperative = window.self !== window.top;
  // Above MapLibre's canvas while MapLibre loads behind it (see ./start.ts), until this drawing is destroyed.
  svg.style.cssText = `position:absolute;inset:0;z-index:1;width:100%;height:100%;background:${base.sea};touch-action:${cooperative ? 'pan-x pan-y' : 'none'}`;
  const hatch = el('pattern', { id: 'svg-map-hatch', width: '6', height: '6', patternUnits: 'userSpaceOnUse' });
  const hatchStroke = el('rect', { width: '2', height: '6', fill: ink.hatch, 'fill-opacity': '0.7' });
  hatch.append(hatchStroke);
  const defs = el('defs');
  defs.append(hatch);
  const world = el('g');
  svg.append(defs, world);

  const draw = (collection: FeatureCollection, layer: string, into: SVGGElement = world) =>
    collection.features.map((feature) => {
      const path = el('path', {
        d: pathData(feature),
        'data-area': areaOf(feature),
        class: layer,
        'vector-effect': 'non-scaling-stroke',
      });
      into.append(path);
      return path;
    });
  const hatchesOf = (collection: FeatureCollection, into: SVGGElement) =>
    collection.features.map((feature) => {
      const path = el('path', {
        d: pathData(feature),
        'data-area': areaOf(feature),
        fill: 'url(#svg-map-hatch)',
        'pointer-events': 'none',
      });
      into.append(path);
      return path;
    });
  // Drawn in this order: context land and its coast, the five areas, then the hatches of context land and of the areas.
  const contextLayer = el('g');
  const focusLayer = el('g');
  const contextHatchLayer = el('g');
  const focusHatchLayer = el('g');
  world.append(contextLayer, focusLayer, contextHatchLayer, focusHatchLayer);
  let context: SVGPathElement[] = [];
  let coast: SVGPathElement[] = [];
  let contextHatches: SVGPathElement[] = [];
  // Context land is filled without a stroke; its coast is stroked from lines (never along Sakhalin's 50°N cut).
  const drawContext = (collection: FeatureCollection) => {
    contextLayer.replaceChildren();
    contextHatchLayer.replaceChildren();
    context = draw(collection, 'context', contextLayer);
    coast = draw(coastlines(collection), 'coast', contextLayer);
    for (const path of coast) {
      path.setAttribute('fill', 'none');
      path.setAttribute('stroke-width', '0.6');
      path.setAttribute('pointer-events', 'none');
    }
    contextHatches = hatchesOf(collection, contextHatchLayer);
  };
  drawContext(o.geo.context);
  const focus = draw(o.geo.overview, 'focus', focusLayer);
  const focusHatches = hatchesOf(o.geo.overview, focusHatchLayer);
  const lines = o.geo.boundaries.features.map((feature) => {
    const path = el('path', {
      d: pathData(feature),
      'data-line': String(feature.properties?.id),
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
  // The colours of the scheme in use (set again when the reader's system switches between light and dark).
  const paint = () => {
    svg.style.background = base.sea;
    hatchStroke.setAttribute('fill', ink.hatch);
    for (const path of lines) path.setAttribute('stroke', ink.line);
    for (const path of coast) path.setAttribute('stroke', base.contextLine);
  };
  paint();
  for (const path of focus) {
    path.style.cursor = 'pointer';
  }
  o.container.append(svg);

  const areas = { boxes: areaBoxes(o.geo.overview), collection: o.geo.overview };
  let camera: Camera = constrain(
    o.initialView ?? fitBounds(overviewBbox(o.geo.overview, size()), size(), o.initialPadding),
    size(),
    MAX_BOUNDS,
  );
  let selected: string | null = null;
  let hovered: string | null = null;

  /** Draws the camera; at rest (`rest`), says where it stopped and whether the reader moved it there. */
  const apply = (rest: false | { byReader: boolean }) => {
    camera = constrain(camera, size(), MAX_BOUNDS);
    const [cx, cy] = toWorld(camera.lon, camera.lat);
    const { width, height } = size();
    const shift = 2 ** camera.zoom;
    const scale = 2 ** (camera.zoom - DRAW_ZOOM);
    world.setAttribute('transform', `translate(${width / 2 - cx * shift} ${height / 2 - cy * shift}) scale(${scale})`);
    // Keep the hatch the same size on screen at any zoom.
    hatch.setAttribute('patternTransform', `scale(${1 / scale}) rotate(45)`);
    const view = { zoom: camera.zoom, lat: camera.lat, lon: camera.lon };
    o.events.move(view);
    // The selected outline keeps in step with the area's size on screen.
    if (selected) outline();
    if (!rest) return;
    o.events.moveEnd(view, rest.byReader);
    detail.load(viewBounds(camera, size()), camera.zoom);
  };

  // Full detail, per area: an area's simplified shape gives way to its detail once every chunk of it has arrived.
  const detail = detailLoader((chunk) => {
    const parts = detailChunks.filter((c) => c.area === chunk.area);
    if (!parts.every((c) => detail.arrived.has(c.id))) return;
    const d = parts.map((c) => detail.arrived.get(c.id)!.map(pathData).join('')).join('');
    for (const path of [...focus, ...focusHatches]) if (path.dataset.area === chunk.area) path.setAttribute('d', d);
    // Chunks meet at straight seams inside the land: an area drawn from several is filled, not outlined.
    if (parts.length > 1) for (const path of focus) if (path.dataset.area === chunk.area) path.dataset.seams = 'true';
    outline();
  });
  const areaKm2 = new Map(o.geo.overview.features.map((f) => [f.properties?.id, Number(f.properties?.area_km2)]));
  const outline = () => {
    for (const path of focus) {
      const id = path.dataset.area ?? '';
      const width =
        id === selected
          ? String(selectedOutlineWidth(areaKm2.get(id) ?? 0, camera.zoom))
          : id === hovered
            ? '2'
            : '0.8';
      setChanged(path, 'stroke-width', path.dataset.seams && id !== selected ? '0' : width);
      setChanged(path, 'stroke', id === selected ? base.selectedLine : base.coast);
    }
  };

  svg.addEventListener('click', (event) => {
    const id = (event.target as Element).closest('path.focus')?.getAttribute('data-area');
    o.events.select(isIslandId(id) ? id : null);
  });
  // Hover is a mouse's or a pen's: a finger's tap would repaint the map in the frame that must show the panel.
  svg.addEventListener('pointerover', (event) => {
    if (event.pointerType === 'touch') return;
    hovered = (event.target as Element).closest('path.focus')?.getAttribute('data-area') ?? null;
    outline();
  });
  let gestured = false;
  const gesture = () => {
    if (gestured) return;
    gestured = true;
    o.events.gesture?.();
  };
  const detachGestures = attachGestures(
    svg,
    {
      pan(dx, dy) {
        gesture();
        camera = panBy(camera, dx, dy);
        apply(false);
      },
      zoom(dz, at) {
        gesture();
        camera = zoomAround(camera, size(), at, dz, ZOOM_RANGE);
        apply(false);
      },
      settle() {
        apply({ byReader: true });
      },
    },
    cooperative,
  );
  // Zoom buttons where MapLibre has its own, under the same names, for a reader with neither wheel nor pinch.
  const buttons = document.createElement('div');
  buttons.className = 'svg-map-zoom';
  for (const [label, text, dz] of [
    ['Zoom in', '+', 1],
    ['Zoom out', '−', -1],
  ] as const) {
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('aria-label', label);
    button.textContent = text;
    button.addEventListener('click', () => {
      gesture();
      const { width, height } = size();
      camera = zoomAround(camera, size(), { x: width / 2, y: height / 2 }, dz, ZOOM_RANGE);
      apply({ byReader: true });
    });
    buttons.append(button);
  }
  o.container.append(buttons);
  // Its callback comes after the browser's layout, so reading the size there forces none.
  const resize = new ResizeObserver(() => {
    box = measure();
    apply({ byReader: false });
  });
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
    moveTo(target, { padding }: { padding: Padding }) {
      // The page's layout may have changed in this same turn (a panel opened, the masthead folded), before the
      // observer has measured it: a fit is made in the map's size as it is now.
      box = measure();
      const fit = fitOf(target, areas, size());
      if (fit) camera = fitBounds(fit.box, size(), padding, fit.maxZoom);
      else if (typeof target === 'object') camera = { lon: target.lon, lat: target.lat, zoom: target.zoom };
      else return;
      apply({ byReader: false });
    },
    setPalette(palette) {
      base = palette === 'dark' ? DARK : LIGHT;
      colours = shadeColours(palette);
      ink = inkColours(palette);
      paint();
      renderer.setHistory(history);
      outline();
    },
    setHistory(state: HistoryMapState) {
      history = state;
      for (const path of [...context, ...focus, ...coast]) {
        const shade = state.shading[path.dataset.area as keyof typeof state.shading] ?? 'neutral';
        if (!coast.includes(path)) setChanged(path, 'fill', colours[shade]);
        if (!context.includes(path)) setChanged(path, 'stroke-dasharray', shade === 'undetermined' ? '4 3' : '');
      }
      for (const path of [...contextHatches, ...focusHatches]) {
        const disputed = state.shading[path.dataset.area as keyof typeof state.shading] === 'disputed';
        setChanged(path, 'visibility', disputed ? 'visible' : 'hidden');
      }
      const shown = new Set(state.boundaries.map((b) => b.id));
      for (const path of lines)
        setChanged(path, 'visibility', shown.has(path.dataset.line as never) ? 'visible' : 'hidden');
    },
    setContext(collection) {
      drawContext(collection);
      paint();
      renderer.setHistory(history);
    },
    view: () => ({ zoom: camera.zoom, lat: camera.lat, lon: camera.lon }),
    destroy() {
      resize.disconnect();
      detachGestures();
      svg.remove();
      buttons.remove();
    },
  };
  renderer.setHistory(o.history);
  outline();
  apply({ byReader: false });
  queueMicrotask(() => o.events.ready());
  return renderer;
}
