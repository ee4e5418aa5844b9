/**
 * The poster: the overview map as static SVG markup, written into the HTML at build time (build/poster/plugin.ts)
 * so the islands are on screen with the page's first paint, before any script or geometry has arrived, and can be
 * tapped (each area is a link to its panel). The page's script takes it into the map's place when it starts and
 * removes it once its own drawing is in (src/poster/handover.ts).
 */
import type { Feature, FeatureCollection, Position } from 'geojson';
import type { Bbox } from '../../src/lib/map/camera.ts';
import { toWorld } from '../../src/lib/map/mercator.ts';
import { DARK, LIGHT } from '../../src/lib/map/palette.ts';
import { areaOf, inkColours, shadeColours, type PaletteName } from '../../src/lib/map/history-style.ts';
import { SHADES, type HistoryMapState, type Shade } from '../../src/lib/history/map-state.ts';
import { accessibleName, type IslandProperties } from '../../src/lib/geo/islands.ts';
import { formatPosterWorld } from '../../src/lib/map/poster-land.ts';

export interface PosterInput {
  overview: FeatureCollection;
  context: FeatureCollection;
  boundaries: FeatureCollection;
  /** The map of the default view (today, as administered). */
  state: HistoryMapState;
  /** The boxes (longitude, latitude) the first view frames on a phone and on a wide screen (camera.ts's overviewBbox). */
  frames: { narrow: Bbox; wide: Bbox };
}

/** The narrow frame's width in poster units: coordinates are whole units, under a CSS pixel on a phone. */
export const POSTER_WIDTH = 500;

/** The width and height from which camera.ts's overviewBbox frames the wide box; the poster's CSS switches there. */
export const WIDE_MEDIA = '(min-width:768px) and (min-height:480px)';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function ringsOf(feature: Feature): { rings: Position[][]; closed: boolean } {
  const g = feature.geometry;
  if (g.type === 'Polygon') return { rings: g.coordinates, closed: true };
  if (g.type === 'MultiPolygon') return { rings: g.coordinates.flat(), closed: true };
  if (g.type === 'LineString') return { rings: [g.coordinates], closed: false };
  if (g.type === 'MultiLineString') return { rings: g.coordinates, closed: false };
  return { rings: [], closed: false };
}

/** How far (poster units) a line may stray from a ring's points when they are thinned. */
const TOLERANCE = 0.6;

/** Douglas–Peucker: the points of `line` needed to keep it within `tolerance` of all of them, ends kept. */
export function simplifyLine(line: [number, number][], tolerance: number): [number, number][] {
  if (line.length < 3) return line;
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = line[a]!;
    const [bx, by] = line[b]!;
    const dx = bx - ax;
    const dy = by - ay;
    const length = Math.hypot(dx, dy);
    let far = -1;
    let farthest = tolerance;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = line[i]!;
      const d = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * (px - ax) - dx * (py - ay)) / length;
      if (d > farthest) {
        farthest = d;
        far = i;
      }
    }
    if (far < 0) continue;
    keep[far] = 1;
    stack.push([a, far], [far, b]);
  }
  return line.filter((_, i) => keep[i]);
}

/**
 * Path data in whole poster units, thinned to what shows at that size, each point relative to the last (the shortest
 * text SVG allows); points that round onto the one before are dropped, and rings that round to under three points.
 */
export function posterPath(feature: Feature, place: (lon: number, lat: number) => [number, number]): string {
  const { rings, closed } = ringsOf(feature);
  let out = '';
  let last: [number, number] = [0, 0];
  for (const ring of rings) {
    const points: [number, number][] = [];
    for (const [x, y] of simplifyLine(
      ring.map(([lon, lat]) => place(lon!, lat!)),
      TOLERANCE,
    ).map(([x, y]) => [Math.round(x), Math.round(y)])) {
      const prev = points[points.length - 1];
      if (!prev || prev[0] !== x || prev[1] !== y) points.push([x!, y!]);
    }
    if (
      closed &&
      points.length > 1 &&
      points[0]![0] === points[points.length - 1]![0] &&
      points[0]![1] === points[points.length - 1]![1]
    )
      points.pop();
    if (points.length < (closed ? 3 : 2)) continue;
    const [first, ...rest] = points;
    // The first move of a path is absolute; each later ring's is relative to where the last one ended.
    out += out ? `m${first![0] - last[0]} ${first![1] - last[1]}` : `M${first![0]} ${first![1]}`;
    let prev = first!;
    out +=
      'l' +
      rest
        .map(([x, y]) => {
          const d = `${x - prev[0]} ${y - prev[1]}`;
          prev = [x, y];
          return d;
        })
        .join(' ')
        .replace(/ -/g, '-');
    if (closed) {
      out += 'z';
      last = first!;
    } else {
      last = prev;
    }
  }
  return out;
}

/**
 * The poster's markup: the shapes once, in a hidden SVG's defs, then two views of them (the phone's frame and the
 * wide screen's, one shown by the CSS), each area a link to its panel named as its label is.
 */
export function posterMarkup(input: PosterInput): string {
  const [ox, oy] = toWorld(
    Math.min(input.frames.narrow[0], input.frames.wide[0]),
    Math.max(input.frames.narrow[3], input.frames.wide[3]),
  );
  const scale = POSTER_WIDTH / (toWorld(input.frames.narrow[2], 0)[0] - toWorld(input.frames.narrow[0], 0)[0]);
  const place = (lon: number, lat: number): [number, number] => {
    const [x, y] = toWorld(lon, lat);
    return [(x - ox) * scale, (y - oy) * scale];
  };
  const viewBox = (b: Bbox) => {
    const [x0, y0] = place(b[0], b[3]);
    const [x1, y1] = place(b[2], b[1]);
    return [x0, y0, x1 - x0, y1 - y0].map((v) => Math.round(v)).join(' ');
  };
  const shade = (f: Feature): Shade => input.state.shading[areaOf(f) as keyof HistoryMapState['shading']] ?? 'neutral';
  const defs: string[] = [];
  const shape = (f: Feature): string | null => {
    const d = posterPath(f, place);
    if (!d) return null;
    defs.push(`<path id="poster-${defs.length}" vector-effect="non-scaling-stroke" d="${d}"/>`);
    return `#poster-${defs.length - 1}`;
  };
  const context = input.context.features.flatMap((f) => {
    const href = shape(f);
    return href ? [`<use href="${href}" class="poster-${shade(f)}" data-area="${escape(areaOf(f))}"/>`] : [];
  });
  const areas = input.overview.features.flatMap((f) => {
    const p = f.properties as IslandProperties;
    const href = shape(f);
    if (!href) return [];
    const hatch = shade(f) === 'disputed' ? `<use href="${href}" class="poster-hatch"/>` : '';
    return [
      `<a href="#island=${p.id}" aria-label="${escape(accessibleName(p))}"><use href="${href}" class="poster-${shade(f)} poster-area"/>${hatch}</a>`,
    ];
  });
  const shown = new Set<string>(input.state.boundaries.map((b) => b.id));
  const lines = input.boundaries.features.flatMap((f) => {
    const href = shown.has(String(f.properties?.id)) ? shape(f) : null;
    return href
      ? [`<use href="${href}" class="poster-line${f.properties?.schematic ? ' poster-schematic' : ''}"/>`]
      : [];
  });
  const body = [...context, ...areas, ...lines].join('');
  const view = (name: 'narrow' | 'wide') =>
    `<svg class="poster-map poster-${name}" viewBox="${viewBox(input.frames[name])}" preserveAspectRatio="xMidYMid meet" role="group" ` +
    `aria-label="Map of Hokkaido and the southern Kuril Islands">${body}</svg>`;
  return (
    // Where its units sit in the world: the page's first drawing reads the context land back from it (./poster-land.ts).
    `<svg class="poster-defs" aria-hidden="true" data-world="${formatPosterWorld({ x: ox, y: oy, scale })}"><defs>` +
    `<pattern id="poster-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect class="poster-hatch-stroke" width="2.5" height="8"/></pattern>${defs.join('')}</defs></svg>` +
    view('narrow') +
    view('wide')
  );
}

/** The poster's colours in both schemes, from the palettes the renderers use. */
export function posterCss(): string {
  const rules = (palette: PaletteName) => {
    const base = palette === 'dark' ? DARK : LIGHT;
    const fills = shadeColours(palette);
    const ink = inkColours(palette);
    return [
      `.poster{background:${base.sea}}`,
      ...SHADES.map((s) => `.poster-${s}{fill:${fills[s]}}`),
      `.poster-area{stroke:${base.coast}}`,
      `.poster-hatch-stroke{fill:${ink.hatch};fill-opacity:.7}`,
      `.poster-line{stroke:${ink.line}}`,
    ].join('');
  };
  // Framed as the phone's first view is (src/lib/map/camera.ts's cameraPadding): the whole screen until the page's
  // script runs, then the map's box.
  return (
    `.poster{position:fixed;inset:0;z-index:1;box-sizing:border-box;padding:calc(6vmin + 76px) calc(6vmin + 12px) calc(6vmin + 36px)}` +
    `.map>.poster{position:absolute}` +
    `.poster-defs{position:absolute;width:0;height:0}` +
    `.poster-map{display:block;width:100%;height:100%;overflow:visible}` +
    `.poster-wide{display:none}` +
    `@media ${WIDE_MEDIA}{.poster{padding:calc(6vmin + 12px) calc(6vmin + 12px) calc(6vmin + 36px)}.poster-narrow{display:none}.poster-wide{display:block}}` +
    `.poster-area{stroke-width:.8px;vector-effect:non-scaling-stroke}` +
    // Before the script, the links are the map's only controls: they show where a tap or a key lands.
    `.poster a:hover .poster-area,.poster a:focus-visible .poster-area{stroke-width:2.5px}` +
    `.poster a:focus-visible{outline:3px solid currentColor;outline-offset:2px}` +
    `.poster-hatch{fill:url(#poster-hatch);pointer-events:none}` +
    `.poster-line{fill:none;stroke-width:2px;vector-effect:non-scaling-stroke;pointer-events:none}` +
    `.poster-schematic{stroke-dasharray:6 4}` +
    rules('light') +
    `@media (prefers-color-scheme:dark){${rules('dark')}}`
  );
}
