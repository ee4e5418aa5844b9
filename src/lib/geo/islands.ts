import type { FeatureCollection } from 'geojson';

/** The five focus areas, in the order the map lists them (north-east to south-west). */
export const ISLAND_IDS = ['iturup', 'kunashir', 'shikotan', 'habomai', 'hokkaido'] as const;
export type IslandId = (typeof ISLAND_IDS)[number];

export function isIslandId(value: unknown): value is IslandId {
  return typeof value === 'string' && (ISLAND_IDS as readonly string[]).includes(value);
}

export interface Islet {
  id: string;
  name_en: string;
  name_ja: string;
  name_ru: string;
}

/** Properties of a focus area in geo/out/overview.geojson (written by geo/build.ts). */
export interface IslandProperties {
  id: IslandId;
  name_en: string;
  name_ja: string;
  name_ja_romaji: string;
  name_ru: string;
  name_ru_latin: string;
  status: 'disputed' | 'japan';
  area_km2: number;
  distance_to_hokkaido_km: number | null;
  /** Cape Nosappu, the point from which Japan measures its official distances. */
  distance_to_nosappu_km: number | null;
  label_lon: number;
  label_lat: number;
  islets?: Islet[];
}

/** "Shikotan (Shikotan-tō, Шикотан)": the English name first, so voice control and screen readers find it. */
export function accessibleName(p: Pick<IslandProperties, 'name_en' | 'name_ja_romaji' | 'name_ru'>): string {
  return `${p.name_en} (${p.name_ja_romaji}, ${p.name_ru})`;
}

/** The focus areas' properties in ISLAND_IDS order; throws if the layer lacks one of them. */
export function readIslands(collection: FeatureCollection): IslandProperties[] {
  const byId = new Map<string, IslandProperties>();
  for (const f of collection.features) {
    const p = f.properties as IslandProperties | null;
    if (p && isIslandId(p.id)) byId.set(p.id, p);
  }
  return ISLAND_IDS.map((id) => {
    const p = byId.get(id);
    if (!p) throw new Error(`overview layer has no feature with id "${id}"`);
    return p;
  });
}

const km = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const kmSmall = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/** "1,490 km²", with a decimal below 100 km² where it carries meaning. */
export function formatArea(km2: number): string {
  return `${(km2 < 100 ? kmSmall : km).format(km2)} km²`;
}

/** A head count as English prints it: "17,291". */
export function formatCount(n: number): string {
  return km.format(n);
}

export function formatDistance(kmValue: number): string {
  return `${(kmValue < 100 ? kmSmall : km).format(kmValue)} km`;
}
