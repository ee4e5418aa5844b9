// Checks the committed, generated geo/out against PUBLISHED reference figures (geo/sources/README.md), not against
// values copied from the output.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { buildGeo, FIRST_VIEW_BOX } from './build.ts';
import { areaKm2, polygonalIssues, shortestDistanceKm } from './figures.ts';
import { coastlines } from '../src/lib/map/coastline.ts';
import { MAX_BOUNDS } from '../src/lib/map/camera.ts';

const OUT = path.join(import.meta.dirname, 'out');
const read = (f: string) => fs.readFileSync(path.join(OUT, f));
const fc = <T extends Geometry = MultiPolygon>(f: string) =>
  JSON.parse(read(f).toString()) as { features: Feature<T, Record<string, unknown>>[] };

// Published figures (km²): MOFA 北方領土データ (R4 GSI, incl. islets); Hokkaido main island GSI H28 島面積.
const PUBLISHED_KM2 = { iturup: 3168, kunashir: 1490, shikotan: 251, habomai: 95, hokkaido_main_island: 77983.9 };
// Official distances (hoppou.go.jp): Kunashir 16 km from the Notsuke spit; Kaigara 3.7, Shikotan 73.3, Iturup 144.5 km
// from Cape Nosappu. Tolerance: 0.35 km or 1 %, whichever is larger (the data is a 1:25,000 coastline, the official
// figures are rounded and measured to slightly different points).
const OFFICIAL = { kunashir: 16, habomai: 3.7, shikotan: 73.3, iturup: 144.5 };
const tol = (km: number) => Math.max(0.35, km * 0.01);
const IDS = ['iturup', 'kunashir', 'shikotan', 'habomai', 'hokkaido'];
const ISLETS = [
  'shibotsu',
  'suisho',
  'taraku',
  'yuri',
  'akiyuri',
  'harukari',
  'moemoshiri',
  'odoke',
  'kaigara',
  'todo',
];
const within = (x: number, ref: number, rel: number) => Math.abs(x / ref - 1) <= rel;

const manifest = JSON.parse(read('manifest.json').toString()) as {
  generated_by: string;
  detail_minzoom: number;
  chunks: { id: string; area: string; bbox: number[]; file: string; bytes: number; gzip_bytes: number }[];
  layers: Record<string, { file: string; bytes: number; gzip_bytes: number }>;
  after_first_view: Record<string, { file: string; bytes: number; gzip_bytes: number }>;
};
const overview = fc('overview.geojson').features;
const full = (
  JSON.parse(read('islands.geojson').toString()) as { features: Feature<MultiPolygon, Record<string, unknown>>[] }
).features;
const byId = <T extends Geometry>(fs_: Feature<T, Record<string, unknown>>[], id: string) =>
  fs_.find((f) => f.properties.id === id)!;
const mainPolygonArea = (g: MultiPolygon) => Math.max(...g.coordinates.map((p) => turf.area(turf.polygon(p)) / 1e6));

describe('areas vs published figures (within 2 %)', () => {
  for (const set of ['full detail', 'overview'] as const) {
    it(set, () => {
      const feats = set === 'overview' ? overview : full;
      for (const id of ['iturup', 'kunashir', 'shikotan', 'habomai'] as const) {
        const a = areaKm2(byId(feats, id).geometry);
        expect(within(a, PUBLISHED_KM2[id], 0.02), `${id} ${a}`).toBe(true);
      }
      const hk = mainPolygonArea(byId(feats, 'hokkaido').geometry);
      expect(within(hk, PUBLISHED_KM2.hokkaido_main_island, 0.02), `hokkaido main island ${hk}`).toBe(true);
    });
  }
  it('area_km2 property is the full-detail turf area, and overview is within 2 % of full detail', () => {
    for (const id of IDS) {
      const f = byId(full, id);
      expect(Math.abs((f.properties.area_km2 as number) - areaKm2(f.geometry))).toBeLessThan(0.1);
      expect(within(areaKm2(byId(overview, id).geometry), areaKm2(f.geometry), 0.02)).toBe(true);
    }
  });
});

describe('geometry validity', () => {
  it('overview: valid, and turf.kinks finds nothing', () => {
    for (const f of overview) {
      expect(polygonalIssues(f.geometry), String(f.properties.id)).toEqual([]);
      expect(turf.kinks(f.geometry).features.length, String(f.properties.id)).toBe(0);
    }
  });
  it('detail chunks and context: valid', () => {
    for (const c of manifest.chunks)
      for (const f of fc(c.file).features) expect(polygonalIssues(f.geometry), c.file).toEqual([]);
    for (const f of fc('context.geojson').features)
      expect(polygonalIssues(f.geometry), String(f.properties.id)).toEqual([]);
  }, 30_000); // about 4 s alone; more on a shared machine
});

describe('ids, names, islets', () => {
  it('overview has exactly the five areas with all names', () => {
    expect(overview.map((f) => f.properties.id).sort()).toEqual([...IDS].sort());
    for (const f of [...overview, ...full]) {
      for (const k of ['id', 'name_en', 'name_ja', 'name_ja_romaji', 'name_ru', 'name_ru_latin', 'status']) {
        expect(
          typeof f.properties[k] === 'string' && (f.properties[k] as string).trim().length > 0,
          `${String(f.properties.id)}.${k}`,
        ).toBe(true);
      }
      expect(f.properties.status).toBe(f.properties.id === 'hokkaido' ? 'japan' : 'disputed');
      const lp = [f.properties.label_lon as number, f.properties.label_lat as number];
      expect(
        turf.booleanPointInPolygon(lp, turf.polygon(f.geometry.coordinates[0]!)),
        `label ${String(f.properties.id)}`,
      ).toBe(true);
    }
    expect(byId(overview, 'hokkaido').properties.name_ja).toBe('北海道');
  });
  it('every named Habomai islet is listed and present in the geometry (overview and detail)', () => {
    const islets = byId(overview, 'habomai').properties.islets as {
      id: string;
      name_en: string;
      name_ja: string;
      name_ru: string;
    }[];
    expect(islets.map((i) => i.id)).toEqual(ISLETS);
    for (const i of islets)
      for (const k of ['name_en', 'name_ja', 'name_ru'] as const) expect(i[k].length).toBeGreaterThan(0);
    const places = fc<Point>('places.geojson').features;
    for (const id of ISLETS) {
      const pt = byId(places, `islet-${id}`);
      expect(pt.properties.kind).toBe('islet');
      // a polygon of the Habomai MultiPolygon lies within 1.5 km of the islet's label point
      for (const feats of [overview, full]) {
        const g = byId(feats, 'habomai').geometry;
        const near = g.coordinates.some(
          (p) => turf.pointToPolygonDistance(pt.geometry.coordinates, turf.polygon(p)) < 1.5,
        );
        expect(near, `${id} present`).toBe(true);
      }
    }
  });
});

describe('distances vs official figures', () => {
  it('distance_to_hokkaido_km (whole coast) and distance_to_nosappu_km', () => {
    const p = (id: string) => byId(full, id).properties;
    expect(Math.abs((p('kunashir').distance_to_hokkaido_km as number) - OFFICIAL.kunashir)).toBeLessThanOrEqual(
      tol(OFFICIAL.kunashir),
    );
    for (const id of ['habomai', 'shikotan', 'iturup'] as const) {
      expect(Math.abs((p(id).distance_to_nosappu_km as number) - OFFICIAL[id]), id).toBeLessThanOrEqual(
        tol(OFFICIAL[id]),
      );
    }
    for (const id of ['habomai', 'shikotan'] as const)
      expect(Math.abs((p(id).distance_to_hokkaido_km as number) - OFFICIAL[id]), id).toBeLessThanOrEqual(
        tol(OFFICIAL[id]),
      );
    // Iturup is closer to the Shiretoko peninsula than to Nosappu: the whole-coast figure must be below the official one.
    expect(p('iturup').distance_to_hokkaido_km as number).toBeLessThan(OFFICIAL.iturup);
    expect(p('hokkaido').distance_to_hokkaido_km).toBeNull();
  });
  it('Kunashir–Hokkaido recomputed against the whole full-detail coast', () => {
    const d = shortestDistanceKm(byId(full, 'kunashir').geometry, byId(full, 'hokkaido').geometry, 48).km;
    expect(Math.abs(d - OFFICIAL.kunashir)).toBeLessThanOrEqual(tol(OFFICIAL.kunashir));
  }, 60_000);
});

describe('manifest, sizes, reproducibility', () => {
  it('manifest byte counts match the files', () => {
    expect(manifest.generated_by).toBe('npm run geo');
    expect(typeof manifest.detail_minzoom).toBe('number');
    const entries = [
      ...manifest.chunks,
      ...Object.values(manifest.layers),
      ...Object.values(manifest.after_first_view),
    ];
    for (const e of entries) {
      const buf = read(e.file);
      expect(buf.length, e.file).toBe(e.bytes);
      expect(zlib.gzipSync(buf, { level: 9 }).length, e.file).toBe(e.gzip_bytes);
    }
    expect(new Set(manifest.chunks.map((c) => c.area))).toEqual(new Set(IDS));
    const detailFiles = fs
      .readdirSync(path.join(OUT, 'detail'))
      .map((f) => `detail/${f}`)
      .sort();
    expect(detailFiles).toEqual(manifest.chunks.map((c) => c.file).sort());
  });
  it('the first view fetches at most 35 KB of geometry, gzipped, and its files are the manifest layers', () => {
    const total = Object.values(manifest.layers).reduce(
      (sum, l) => sum + zlib.gzipSync(read(l.file), { level: 9 }).length,
      0,
    );
    expect(total).toBeLessThanOrEqual(35_000);
    expect(Object.values(manifest.layers).map((l) => l.file)).toEqual([
      'overview.topo.json',
      'context.topo.json',
      'places.geojson',
      'boundaries.geojson',
    ]);
  });
  it('README size table matches the generated report', () => {
    const readme = fs.readFileSync(path.join(import.meta.dirname, 'README.md'), 'utf8');
    expect(readme).toContain(read('report.md').toString());
  });
  it('npm run geo reproduces geo/out byte for byte', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'geo-'));
    try {
      await buildGeo(tmp);
      const list = (d: string, pre = ''): string[] =>
        fs
          .readdirSync(d, { withFileTypes: true })
          .flatMap((e) => (e.isDirectory() ? list(path.join(d, e.name), `${pre}${e.name}/`) : [`${pre}${e.name}`]))
          .sort();
      expect(list(tmp)).toEqual(list(OUT));
      for (const f of list(OUT)) expect(fs.readFileSync(path.join(tmp, f)).equals(read(f)), f).toBe(true);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }, 120_000);
  it('fails loudly, naming the file, on a broken source', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'geo-bad-'));
    try {
      const src = path.join(import.meta.dirname, 'sources');
      for (const f of ['kuril-context-osm.geojson', 'kuril-reference-points.geojson'])
        fs.copyFileSync(path.join(src, f), path.join(tmp, f));
      const focus = JSON.parse(fs.readFileSync(path.join(src, 'kuril-focus-n03.geojson'), 'utf8')) as {
        features: Feature<MultiPolygon>[];
      };
      const kun = focus.features.find((f) => f.properties!.id === 'kunashir')!;
      kun.geometry.coordinates[0]![0]!.pop(); // open the main ring
      fs.writeFileSync(path.join(tmp, 'kuril-focus-n03.geojson'), JSON.stringify(focus));
      await expect(buildGeo(path.join(tmp, 'out'), tmp)).rejects.toThrow(
        /kuril-focus-n03\.geojson: feature "kunashir".*not closed/,
      );
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('context, places, boundaries', () => {
  it('context areas and the 50°N cut', () => {
    const ctx = fc('context.geojson').features;
    const allowed = new Set([
      'urup',
      'northern-kurils',
      'sakhalin-south',
      'sakhalin-north',
      'kamchatka',
      'mainland',
      'honshu',
      'other',
    ]);
    for (const f of ctx) {
      expect(allowed.has(f.properties.area as string)).toBe(true);
      for (const k of ['name_en', 'name_ja', 'name_ru']) expect(k in f.properties).toBe(true);
    }
    const named = (n: string) => ctx.find((f) => f.properties.name_en === n)!;
    expect(named('Urup').properties.area).toBe('urup');
    for (const n of ['Chirpoy', 'Brat Chirpoev', 'Broutona', 'Shumshu', 'Simushir'])
      expect(named(n).properties.area, n).toBe('northern-kurils');
    expect(named('Moneron').properties.area).toBe('sakhalin-south');
    const [, , , northOfSouth] = turf.bbox(
      ctx.find(
        (f) => f.properties.area === 'sakhalin-south' && (f.properties.name_en as string).startsWith('Sakhalin (south'),
      )!,
    );
    expect(northOfSouth).toBe(50);
    const [, southOfNorth] = turf.bbox(
      ctx.find(
        (f) => f.properties.area === 'sakhalin-north' && (f.properties.name_en as string).startsWith('Sakhalin'),
      )!,
    );
    expect(southOfNorth).toBe(50);
  });
  it('boundaries: ids, events, no land crossing', () => {
    const b = fc<{ type: 'LineString'; coordinates: number[][] }>('boundaries.geojson').features;
    expect(b.map((f) => [f.properties.id, f.properties.set_by_event, f.properties.schematic])).toEqual([
      ['1855-line', '1855-shimoda', true],
      ['1875-line', '1875-saint-petersburg', true],
      ['1905-line', '1905-portsmouth', false],
      ['de-facto-line', null, true],
    ]);
    const land = [...overview, ...fc('context.geojson').features];
    for (const f of b) {
      if (f.properties.id === '1905-line') {
        expect(f.geometry.coordinates.every((p) => p[1] === 50)).toBe(true);
        continue;
      }
      for (const l of land)
        expect(
          turf.booleanIntersects(f.geometry, l.geometry),
          `${String(f.properties.id)} × ${String(l.properties.id)}`,
        ).toBe(false);
    }
  });
  it('places have the required kinds and names', () => {
    const pl = fc<Point>('places.geojson').features;
    for (const id of [
      'sea-of-okhotsk',
      'pacific-ocean',
      'sea-of-japan',
      'sakhalin',
      'urup',
      'nemuro',
      'sapporo',
      'yuzhno-kurilsk',
      'kurilsk',
      'malokurilskoye',
      'cape-nosappu',
      'notsuke-strait',
      'goyomai-strait',
      'vries-strait',
    ]) {
      expect(byId(pl, id), id).toBeTruthy();
    }
    for (const f of pl) {
      expect(['sea', 'land', 'town', 'strait', 'islet']).toContain(f.properties.kind);
      expect((f.properties.name_en as string).length).toBeGreaterThan(0);
      expect(typeof f.properties.minzoom).toBe('number');
    }
  });
});

describe('context land covers every view the camera allows', () => {
  const ctx = fc<Polygon | MultiPolygon>('context.geojson').features;
  const [[west, south], [east, north]] = MAX_BOUNDS;
  const polys = ctx
    .flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates))
    .map((p) => ({ p, bbox: turf.bbox(turf.polygon(p)) }));
  const hosts = (pt: Position) =>
    polys.filter(
      ({ p, bbox }) =>
        pt[0]! >= bbox[0] &&
        pt[0]! <= bbox[2] &&
        pt[1]! >= bbox[1] &&
        pt[1]! <= bbox[3] &&
        turf.booleanPointInPolygon(pt, turf.polygon(p)),
    );
  it('wherever land meets an edge of maxBounds, it reaches beyond that edge', () => {
    const edges: { name: string; at: (t: number) => Position; beyond: (b: number[]) => boolean }[] = [
      { name: 'west', at: (t) => [west, south + t * (north - south)], beyond: (b) => b[0]! < west - 0.5 },
      { name: 'east', at: (t) => [east, south + t * (north - south)], beyond: (b) => b[2]! > east + 0.5 },
      { name: 'south', at: (t) => [west + t * (east - west), south], beyond: (b) => b[1]! < south - 0.5 },
      { name: 'north', at: (t) => [west + t * (east - west), north], beyond: (b) => b[3]! > north + 0.5 },
    ];
    let onLand = 0;
    for (const e of edges) {
      for (let i = 0; i <= 200; i++) {
        const pt = e.at(i / 200);
        for (const h of hosts(pt)) {
          onLand++;
          expect(e.beyond(h.bbox), `${e.name} edge at ${pt.join(',')}`).toBe(true);
        }
      }
    }
    expect(onLand).toBeGreaterThan(50); // the mainland, Kamchatka and Honshu do meet the edges
  });
  it('no coast inside maxBounds is a straight clip line (no long north–south or east–west edge)', () => {
    const inside = (q: Position) => q[0]! >= west && q[0]! <= east && q[1]! >= south && q[1]! <= north;
    const straight: string[] = [];
    for (const f of coastlines({ type: 'FeatureCollection', features: ctx }).features) {
      for (const line of f.geometry.coordinates) {
        for (let i = 0; i + 1 < line.length; i++) {
          const [a, b] = [line[i]!, line[i + 1]!];
          const axis = a[0] === b[0] || a[1] === b[1];
          if (axis && Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!) > 0.3 && (inside(a) || inside(b)))
            straight.push(`${String(f.properties?.id)}: ${a.join(',')} → ${b.join(',')}`);
        }
      }
    }
    expect(straight).toEqual([]);
  });
});

// The app draws the map from the TopoJSON (quantized, delta-encoded): decoded, it must be the GeoJSON's features,
// part for part, with areas a quantization step can barely move. Context land comes in two files, near and far.
const decode = (file: string) => {
  const topology = JSON.parse(read(file).toString()) as Topology;
  const [object] = Object.values(topology.objects);
  return (
    topoFeature(topology, object!) as unknown as {
      features: Feature<Polygon | MultiPolygon, Record<string, unknown>>[];
    }
  ).features;
};
describe.each([
  ['overview', ['overview.topo.json'], 0.002],
  ['context', ['context.topo.json', 'context-far.topo.json'], 0.05],
] as const)('%s as TopoJSON', (layer, files, tolerance) => {
  const reference = fc<Polygon | MultiPolygon>(`${layer}.geojson`).features;
  const byIdOf = new Map(files.flatMap(decode).map((f) => [f.properties.id, f]));
  const decoded = reference.map((f) => byIdOf.get(f.properties.id)!);
  const parts = (g: Polygon | MultiPolygon) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

  it('has the same features with the same properties, each once', () => {
    expect(byIdOf.size).toBe(reference.length);
    expect(decoded.map((f) => f?.properties)).toEqual(reference.map((f) => f.properties));
  });
  it('keeps every part of every feature, each a valid polygon of nearly its area', () => {
    decoded.forEach((f, i) => {
      const [got, want] = [parts(f.geometry), parts(reference[i]!.geometry)];
      expect(got.length, String(f.properties.id)).toBe(want.length);
      const areas = (ps: Position[][][]) => ps.map((p) => turf.area(turf.polygon(p))).sort((a, b) => a - b);
      const [a, b] = [areas(got), areas(want)];
      // Every part keeps its area to within 25 % (the smallest Habomai islets are a few grid steps across)...
      a.forEach((x, k) =>
        expect(Math.abs(x / b[k]! - 1), `${String(f.properties.id)} part ${k}`).toBeLessThanOrEqual(0.25),
      );
      // ...and the feature as a whole to within the layer's tolerance.
      const sum = (xs: number[]) => xs.reduce((t, x) => t + x, 0);
      expect(Math.abs(sum(a) / sum(b) - 1), String(f.properties.id)).toBeLessThanOrEqual(tolerance);
      expect(polygonalIssues(f.geometry), String(f.properties.id)).toEqual([]);
    });
  });
});

describe('context land after the first view', () => {
  const far = decode('context-far.topo.json');
  const near = decode('context.topo.json');
  it('is wholly outside every first view, and shares no coast with the land drawn first', () => {
    expect(far.length).toBeGreaterThan(0);
    const vertices = (fs_: typeof far) =>
      fs_.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(2));
    const [x0, y0, x1, y1] = FIRST_VIEW_BOX;
    for (const [lon, lat] of vertices(far)) expect(lon! < x0 || lon! > x1 || lat! < y0 || lat! > y1).toBe(true);
    // Sakhalin's two halves meet at 50°N: both must be drawn together, so the cut is never stroked as coast.
    const areas = (fs_: typeof far) => new Set(fs_.map((f) => f.properties.area));
    expect(areas(near).has('sakhalin-north') && areas(near).has('sakhalin-south')).toBe(true);
  });
});
