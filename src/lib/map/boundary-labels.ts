import type { FeatureCollection, LineString, Position } from 'geojson';
import type { BoundaryState } from '../history/map-state.ts';
import type { Viewpoint } from '../url/hash-state.ts';
import { meets, type Rect } from './label-layout.ts';

export interface LinePoint {
  id: string;
  lon: number;
  lat: number;
  /** The line's other vertices ([lon, lat]), nearest first: where its label goes when the view leaves its point out. */
  along: [number, number][];
}

/**
 * Where to label each boundary line: its middle vertex (the treaty lines are short, drawn across a strait or an
 * island), except the line of control, whose middle runs between Nemuro and the islands' own labels: it is
 * labelled at its open-sea end instead.
 */
export function boundaryLabelPoints(boundaries: FeatureCollection): LinePoint[] {
  return boundaries.features.flatMap((f) => {
    if (f.geometry.type !== 'LineString') return [];
    const coords = (f.geometry as LineString).coordinates;
    const id = f.properties?.id;
    const at = id === 'de-facto-line' ? coords.at(-1) : coords[Math.floor(coords.length / 2)];
    if (!at || typeof id !== 'string') return [];
    const distance = (c: Position) => Math.hypot(c[0]! - at[0]!, c[1]! - at[1]!);
    const along = coords
      .filter((c) => c !== at)
      .sort((a, b) => distance(a) - distance(b))
      .map((c): [number, number] => [c[0]!, c[1]!]);
    return [{ id, lon: at[0]!, lat: at[1]!, along }];
  });
}

/** A line drawn on the map, with the screen point its label stands at and the box its label takes. */
export type PlacedLine = BoundaryState & { at: { x: number; y: number }; box: Rect; flip: boolean };

/** The box a line's label may take at most (BoundaryLabels.svelte caps it at 10rem, two lines of 0.72rem). */
export const LINE_LABEL = { width: 160, height: 34, gap: 10, margin: 4, bottom: 32 };

/**
 * Where a line's label goes: to the right of its point, or to its left where the right would leave the map,
 * and always wholly inside the map (a label pushed off the map would leave its line unexplained).
 */
export function lineLabelBox(
  at: { x: number; y: number },
  view: { width: number; height: number },
): { box: Rect; flip: boolean } {
  const { width: w, height: h, gap, margin } = LINE_LABEL;
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
  // The bottom strip belongs to the scale and the credits.
  const top = clamp(at.y - 10, margin, view.height - LINE_LABEL.bottom - h);
  const flip = at.x + gap + w > view.width - margin;
  const left = flip ? clamp(at.x - gap - w, margin, view.width - margin - w) : Math.max(margin, at.x + gap);
  return { box: { left, top, right: left + w, bottom: top + h }, flip };
}

/**
 * A line's label box clear of the map's controls and credits: where lineLabelBox puts it, else moved just below or
 * above what it would cover, still inside the map; null when nowhere is clear (the legend describes the line).
 */
function clearBox(
  placed: { box: Rect; flip: boolean },
  view: { width: number; height: number },
  obstacles: readonly Rect[],
): { box: Rect; flip: boolean } | null {
  const { height: h, margin, bottom } = LINE_LABEL;
  const { box } = placed;
  const tops = [
    box.top,
    ...obstacles.filter((o) => meets(box, o)).flatMap((o) => [o.bottom + margin, o.top - margin - h]),
  ];
  for (const top of tops) {
    if (top < margin || top + h > view.height - bottom) continue;
    const moved = { ...box, top, bottom: top + h };
    if (!obstacles.some((o) => meets(moved, o))) return { box: moved, flip: placed.flip };
  }
  return null;
}

/**
 * The lines drawn, each with its label's screen point and box, clear of `obstacles` (the map's controls and credits);
 * a line with no label point, or no clear place for its label, is left unlabelled.
 */
export function placeLines(
  lines: readonly BoundaryState[],
  points: readonly LinePoint[],
  project: (lon: number, lat: number) => { x: number; y: number },
  view: { width: number; height: number },
  obstacles: readonly Rect[] = [],
): PlacedLine[] {
  // No room for a label in what an open panel leaves of the map: the legend still describes every line.
  if (view.height < LINE_LABEL.height + LINE_LABEL.bottom + LINE_LABEL.margin) return [];
  return lines.flatMap((line) => {
    const point = points.find((p) => p.id === line.id);
    if (!point) return [];
    // Its label point, or where the line comes nearest it in view: a line out of view is left unlabelled.
    const at = [[point.lon, point.lat] as const, ...point.along]
      .map(([lon, lat]) => project(lon, lat))
      .find((p) => p.x >= 0 && p.x <= view.width && p.y >= 0 && p.y <= view.height);
    if (!at) return [];
    const placed = clearBox(lineLabelBox(at, view), view, obstacles);
    return placed ? [{ ...line, at, ...placed }] : [];
  });
}

/**
 * The lines' labels clear of `taken` (the island labels, which win): a label under one moves below or above it if
 * it can, or the line is left unlabelled.
 */
export function linesClearOf(
  lines: readonly PlacedLine[],
  taken: readonly Rect[],
  view: { width: number; height: number },
  obstacles: readonly Rect[] = [],
): PlacedLine[] {
  return lines.flatMap((line) => {
    if (!taken.some((rect) => meets(line.box, rect))) return [line];
    const moved = clearBox(line, view, [...obstacles, ...taken]);
    return moved ? [{ ...line, ...moved }] : [];
  });
}

/** Short labels for the lines on the map itself; the legend gives each line's full description. */
const SHORT = {
  treaty: { '1855-line': '1855 border', '1875-line': '1875 border', '1905-line': '1905 border, 50°N' } as Record<
    string,
    string
  >,
  administered: { 'de-facto-line': 'Line of control' } as Record<string, string>,
  japan: {
    '1855-line': 'Border, as Japan sees it',
    '1875-line': 'Undetermined, as Japan sees it',
    '1905-line': 'Undetermined, as Japan sees it',
  } as Record<string, string>,
  russia: { 'de-facto-line': 'State border, as Russia sees it' } as Record<string, string>,
};

/** The on-map label of a line: attributed to a point of view whenever it is a present-day line. */
export function shortBoundaryLabel(line: BoundaryState, viewpoint: Viewpoint, viewpointApplies: boolean): string {
  const table = viewpointApplies ? SHORT[viewpoint] : SHORT.treaty;
  return table[line.id] ?? line.label;
}
