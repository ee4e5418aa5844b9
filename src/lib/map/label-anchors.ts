import type { IslandId } from '../geo/islands.ts';

type Project = (lon: number, lat: number) => { x: number; y: number };

/**
 * Where else an area's label may stand when its own point is out of view: for Hokkaido, its eastern end, the
 * context a phone's overview of the disputed islands shows (Nakashibetsu, inland from the Nemuro Strait).
 */
const FALLBACKS: Partial<Record<IslandId, [lon: number, lat: number][]>> = {
  hokkaido: [[144.95, 43.52]],
};

/**
 * The screen point an area's label names: its own label point, or the first fallback in view, or null when
 * none is in view (the label is then hidden, and leaves the Tab order).
 */
export function labelAnchor(
  island: { id: IslandId; label_lon: number; label_lat: number },
  project: Project,
  view: { width: number; height: number },
  margin = 8,
): { x: number; y: number } | null {
  const inView = (p: { x: number; y: number }) =>
    p.x >= margin && p.y >= margin && p.x <= view.width - margin && p.y <= view.height - margin;
  for (const [lon, lat] of [
    [island.label_lon, island.label_lat] as [number, number],
    ...(FALLBACKS[island.id] ?? []),
  ]) {
    const p = project(lon, lat);
    if (inView(p)) return p;
  }
  return null;
}
