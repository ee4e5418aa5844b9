// Pure geometry maths for the geo build (plain TS + turf). No I/O here, so everything is unit-testable.
import * as turf from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export type Polygonal = Polygon | MultiPolygon;

/** Earth radius used by turf (metres). Lower bounds below use the same sphere. */
const R_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Polygons of a Polygon/MultiPolygon as an array of ring arrays. */
export function polygonsOf(g: Polygonal): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** turf.area in km² (spherical, R = 6,371,008.8 m). */
export function areaKm2(g: Polygonal): number {
  return turf.area(g) / 1e6;
}

/** Round a number to `decimals` places (deterministic, no "-0"). */
export function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(x * f) / f;
  return r === 0 ? 0 : r;
}

/**
 * Round every ring of a polygonal geometry to `decimals`, drop consecutive duplicate positions, and drop rings that
 * degenerate (< 4 positions or ~zero area). A polygon whose outer ring degenerates is dropped with its holes.
 */
export function roundPolygonal(g: Polygonal, decimals: number): Position[][][] {
  const out: Position[][][] = [];
  for (const poly of polygonsOf(g)) {
    const rings: Position[][] = [];
    for (let r = 0; r < poly.length; r++) {
      const ring: Position[] = [];
      for (const p of poly[r]!) {
        const q: Position = [roundTo(p[0]!, decimals), roundTo(p[1]!, decimals)];
        const last = ring[ring.length - 1];
        if (!last || last[0] !== q[0] || last[1] !== q[1]) ring.push(q);
      }
      const first = ring[0]!;
      const last = ring[ring.length - 1]!;
      if (first[0] !== last[0] || first[1] !== last[1]) ring.push([first[0]!, first[1]!]);
      const ok = ring.length >= 4 && Math.abs(planarRingArea(ring)) > 0;
      if (!ok) {
        if (r === 0) break; // outer ring gone: drop the whole polygon
        continue;
      }
      rings.push(ring);
    }
    if (rings.length > 0) out.push(rings);
  }
  return out;
}

function planarRingArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    s += a[0]! * b[1]! - b[0]! * a[1]!;
  }
  return s / 2;
}

// ---------------------------------------------------------------------------------------------------------------
// Validity

/** Structural problems of one ring: closed, ≥ 4 positions, finite lon/lat, no zero-length segments. */
export function ringIssues(ring: Position[]): string[] {
  const issues: string[] = [];
  if (ring.length < 4) issues.push(`ring has ${ring.length} positions (< 4)`);
  for (const p of ring) {
    if (
      p.length < 2 ||
      !Number.isFinite(p[0]) ||
      !Number.isFinite(p[1]) ||
      Math.abs(p[0]!) > 180 ||
      Math.abs(p[1]!) > 90
    ) {
      issues.push(`bad position ${JSON.stringify(p)}`);
      break;
    }
  }
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) issues.push('ring is not closed');
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    if (a[0] === b[0] && a[1] === b[1]) {
      issues.push(`zero-length segment at position ${i} ${JSON.stringify(a)}`);
      break;
    }
  }
  return issues;
}

/** Segment intersection test, identical to the one inside turf.kinks (endpoints inclusive, collinear ignored). */
function segIntersect(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): [number, number] | null {
  const den = (dy - cy) * (bx - ax) - (dx - cx) * (by - ay);
  if (den === 0) return null;
  const a0 = ay - cy;
  const b0 = ax - cx;
  const ua = ((dx - cx) * a0 - (dy - cy) * b0) / den;
  const ub = ((bx - ax) * a0 - (by - ay) * b0) / den;
  if (ua >= 0 && ua <= 1 && ub >= 0 && ub <= 1) return [ax + ua * (bx - ax), ay + ua * (by - ay)];
  return null;
}

/**
 * Self-intersections of a polygonal geometry with exactly turf.kinks' semantics (every ring against every ring,
 * adjacent segments of a ring and the closing pair skipped), but using a uniform grid so that 40k-vertex coastlines
 * take milliseconds instead of minutes. `findKinks(g).length === turf.kinks(g).features.length` is unit-tested.
 */
export function findKinks(g: Polygonal): Position[] {
  const rings: Position[][] = [];
  for (const poly of polygonsOf(g)) for (const ring of poly) rings.push(ring);
  type Seg = { r: number; i: number; ax: number; ay: number; bx: number; by: number };
  const segs: Seg[] = [];
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  rings.forEach((ring, r) => {
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[i + 1]!;
      segs.push({ r, i, ax: a[0]!, ay: a[1]!, bx: b[0]!, by: b[1]! });
      w = Math.min(w, a[0]!, b[0]!);
      e = Math.max(e, a[0]!, b[0]!);
      s = Math.min(s, a[1]!, b[1]!);
      n = Math.max(n, a[1]!, b[1]!);
    }
  });
  if (segs.length === 0) return [];
  const cells = Math.max(1, Math.ceil(Math.sqrt(segs.length / 2)));
  const cw = (e - w) / cells || 1;
  const ch = (n - s) / cells || 1;
  const grid = new Map<number, number[]>();
  const cx = (x: number) => Math.min(cells - 1, Math.max(0, Math.floor((x - w) / cw)));
  const cy = (y: number) => Math.min(cells - 1, Math.max(0, Math.floor((y - s) / ch)));
  segs.forEach((sg, k) => {
    for (let x = cx(Math.min(sg.ax, sg.bx)); x <= cx(Math.max(sg.ax, sg.bx)); x++) {
      for (let y = cy(Math.min(sg.ay, sg.by)); y <= cy(Math.max(sg.ay, sg.by)); y++) {
        const key = x * cells + y;
        let list = grid.get(key);
        if (!list) grid.set(key, (list = []));
        list.push(k);
      }
    }
  });
  const seen = new Set<number>();
  const found: Position[] = [];
  for (const list of grid.values()) {
    for (let p = 0; p < list.length; p++) {
      for (let q = p + 1; q < list.length; q++) {
        let k1 = list[p]!;
        let k2 = list[q]!;
        if (k1 > k2) [k1, k2] = [k2, k1];
        const key = k1 * segs.length + k2;
        if (seen.has(key)) continue;
        seen.add(key);
        const s1 = segs[k1]!;
        const s2 = segs[k2]!;
        if (s1.r === s2.r) {
          if (Math.abs(s1.i - s2.i) === 1) continue;
          const ring = rings[s1.r]!;
          const last = ring.length - 2;
          const closed = ring[0]![0] === ring[last + 1]![0] && ring[0]![1] === ring[last + 1]![1];
          if (closed && ((s1.i === 0 && s2.i === last) || (s2.i === 0 && s1.i === last))) continue;
        }
        const x = segIntersect(s1.ax, s1.ay, s1.bx, s1.by, s2.ax, s2.ay, s2.bx, s2.by);
        if (x) found.push(x);
      }
    }
  }
  return found;
}

/** All validity problems of a polygonal geometry (empty array = valid). */
export function polygonalIssues(g: Polygonal): string[] {
  const issues: string[] = [];
  const polys = polygonsOf(g);
  if (polys.length === 0) issues.push('geometry has no polygons');
  polys.forEach((poly, pi) => {
    if (poly.length === 0) issues.push(`polygon ${pi} has no rings`);
    poly.forEach((ring, ri) => {
      for (const m of ringIssues(ring)) issues.push(`polygon ${pi} ring ${ri}: ${m}`);
    });
  });
  if (issues.length === 0) {
    const k = findKinks(g);
    if (k.length > 0) issues.push(`${k.length} self-intersection(s), first at ${JSON.stringify(k[0])}`);
  }
  return issues;
}

// ---------------------------------------------------------------------------------------------------------------
// Shortest distance between two coastlines

export interface DistanceResult {
  km: number;
  /** nearest point on a (vertex or on-segment point) */
  a: Position;
  /** nearest point on b */
  b: Position;
  /** how many chunk pairs were evaluated exactly (the rest were excluded by a rigorous lower bound) */
  evaluatedPairs: number;
  totalPairs: number;
}

interface Chunk {
  pts: Position[];
  w: number;
  s: number;
  e: number;
  n: number;
}

function chunksOf(g: Polygonal, size: number): Chunk[] {
  const out: Chunk[] = [];
  for (const poly of polygonsOf(g)) {
    for (const ring of poly) {
      for (let i = 0; i + 1 < ring.length; i += size) {
        const pts = ring.slice(i, Math.min(ring.length, i + size + 1));
        let w = Infinity,
          s = Infinity,
          e = -Infinity,
          n = -Infinity;
        for (const p of pts) {
          w = Math.min(w, p[0]!);
          e = Math.max(e, p[0]!);
          s = Math.min(s, p[1]!);
          n = Math.max(n, p[1]!);
        }
        out.push({ pts, w, s, e, n });
      }
    }
  }
  return out;
}

/**
 * A rigorous lower bound (km, on turf's sphere) for the great-circle distance between any point of box a and any point
 * of box b: hav(d) = hav(Δφ) + cos φ1 cos φ2 hav(Δλ) ≥ hav(gapφ) + cos² φmax · hav(gapλ). A 10 m allowance covers the
 * poleward bulge of great-circle segments beyond the bbox of their endpoints (segments here are < 2 km long).
 */
export function boxLowerBoundKm(
  a: { w: number; s: number; e: number; n: number },
  b: { w: number; s: number; e: number; n: number },
): number {
  const gapLat = Math.max(0, b.s - a.n, a.s - b.n) * RAD;
  const gapLon = Math.max(0, b.w - a.e, a.w - b.e) * RAD;
  const phiMax = Math.max(Math.abs(a.s), Math.abs(a.n), Math.abs(b.s), Math.abs(b.n)) * RAD;
  const h = Math.sin(gapLat / 2) ** 2 + Math.cos(phiMax) ** 2 * Math.sin(gapLon / 2) ** 2;
  return Math.max(0, 2 * R_KM * Math.asin(Math.min(1, Math.sqrt(h))) - 0.01);
}

/** Exact minimum between the vertices of `from` and the segments of `to` (turf geodesic point-to-segment distance). */
function vertexToSegments(
  from: Position[],
  to: Position[],
  best: { km: number; a: Position; b: Position },
  swap: boolean,
): void {
  for (let j = 0; j + 1 < to.length; j++) {
    const seg = turf.lineString([to[j]!, to[j + 1]!]);
    for (const p of from) {
      const np = turf.nearestPointOnLine(seg, p, { units: 'kilometers' });
      const d = np.properties.dist;
      if (d < best.km) {
        best.km = d;
        const q = np.geometry.coordinates;
        if (swap) {
          best.a = q;
          best.b = p;
        } else {
          best.a = p;
          best.b = q;
        }
      }
    }
  }
}

/**
 * Shortest distance (km) between the boundaries of two disjoint polygonal geometries, searching ALL of both coastlines.
 * The minimum between two sets of segments is attained at a vertex of one and a segment of the other, so the exact
 * value is min(vertex(a)→segments(b), vertex(b)→segments(a)) with turf's geodesic nearestPointOnLine. For speed the
 * rings are cut into chunks of `chunk` segments; chunk pairs are visited in order of a rigorous lower bound
 * (boxLowerBoundKm) and the search stops once the bound exceeds the best exact distance, so the result is identical to
 * the brute-force search (also unit-tested against it).
 */
export function shortestDistanceKm(a: Polygonal, b: Polygonal, chunk = 24): DistanceResult {
  const ca = chunksOf(a, chunk);
  const cb = chunksOf(b, chunk);
  const pairs: { lb: number; i: number; j: number }[] = [];
  for (let i = 0; i < ca.length; i++)
    for (let j = 0; j < cb.length; j++) pairs.push({ lb: boxLowerBoundKm(ca[i]!, cb[j]!), i, j });
  pairs.sort((x, y) => x.lb - y.lb || x.i - y.i || x.j - y.j);
  const best = { km: Infinity, a: [0, 0] as Position, b: [0, 0] as Position };
  let evaluated = 0;
  for (const pr of pairs) {
    if (pr.lb > best.km) break;
    evaluated++;
    vertexToSegments(ca[pr.i]!.pts, cb[pr.j]!.pts, best, false);
    vertexToSegments(cb[pr.j]!.pts, ca[pr.i]!.pts, best, true);
  }
  return { km: best.km, a: best.a, b: best.b, evaluatedPairs: evaluated, totalPairs: pairs.length };
}

/** Brute force reference for tests: every vertex against every segment, both ways. */
export function shortestDistanceBruteKm(a: Polygonal, b: Polygonal): number {
  const best = { km: Infinity, a: [0, 0] as Position, b: [0, 0] as Position };
  const ra = polygonsOf(a).flat();
  const rb = polygonsOf(b).flat();
  for (const x of ra)
    for (const y of rb) {
      vertexToSegments(x, y, best, false);
      vertexToSegments(y, x, best, true);
    }
  return best.km;
}

// ---------------------------------------------------------------------------------------------------------------
// Label point: pole of inaccessibility (polylabel algorithm) in a locally equal-scaled lon/lat plane

function pointToPolygonSignedDist(x: number, y: number, rings: Position[][], k: number): number {
  let inside = false;
  let minSq = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      const ax = a[0]! * k,
        ay = a[1]!,
        bx = b[0]! * k,
        by = b[1]!;
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
      let px = ax,
        py = ay;
      let dx = bx - ax,
        dy = by - ay;
      if (dx !== 0 || dy !== 0) {
        const t = ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy);
        if (t > 1) {
          px = bx;
          py = by;
        } else if (t > 0) {
          px += dx * t;
          py += dy * t;
        }
      }
      dx = x - px;
      dy = y - py;
      minSq = Math.min(minSq, dx * dx + dy * dy);
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(minSq);
}

/**
 * A good label point strictly inside a polygon: the pole of inaccessibility (Mapbox polylabel algorithm), computed with
 * longitudes scaled by cos(latitude) so "far from the coast" is measured in near-true distances. Deterministic.
 * `precisionDeg` is in degrees of latitude.
 */
export function labelPoint(polygon: Position[][], precisionDeg = 0.002): Position {
  const outer = polygon[0]!;
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  for (const p of outer) {
    w = Math.min(w, p[0]!);
    e = Math.max(e, p[0]!);
    s = Math.min(s, p[1]!);
    n = Math.max(n, p[1]!);
  }
  const k = Math.cos(((s + n) / 2) * RAD);
  const minX = w * k,
    maxX = e * k;
  const width = maxX - minX,
    height = n - s;
  const cellSize = Math.min(width, height);
  type Cell = { x: number; y: number; h: number; d: number; max: number };
  const mk = (x: number, y: number, h: number): Cell => {
    const d = pointToPolygonSignedDist(x, y, polygon, k);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  const queue: Cell[] = [];
  let h = cellSize / 2;
  for (let x = minX; x < maxX; x += cellSize) for (let y = s; y < n; y += cellSize) queue.push(mk(x + h, y + h, h));
  // centroid of the vertices as an initial guess
  let sx = 0,
    sy = 0;
  for (const p of outer) {
    sx += p[0]! * k;
    sy += p[1]!;
  }
  let best = mk(sx / outer.length, sy / outer.length, 0);
  const bboxCell = mk(minX + width / 2, s + height / 2, 0);
  if (bboxCell.d > best.d) best = bboxCell;
  while (queue.length) {
    // pop the cell with the largest potential (deterministic tie-break on position)
    let bi = 0;
    for (let i = 1; i < queue.length; i++) {
      const c = queue[i]!,
        b = queue[bi]!;
      if (c.max > b.max || (c.max === b.max && (c.x < b.x || (c.x === b.x && c.y < b.y)))) bi = i;
    }
    const cell = queue[bi]!;
    queue[bi] = queue[queue.length - 1]!;
    queue.pop();
    if (cell.d > best.d) best = cell;
    if (cell.max - best.d <= precisionDeg) continue;
    h = cell.h / 2;
    queue.push(
      mk(cell.x - h, cell.y - h, h),
      mk(cell.x + h, cell.y - h, h),
      mk(cell.x - h, cell.y + h, h),
      mk(cell.x + h, cell.y + h, h),
    );
  }
  return [best.x / k, best.y];
}

/** Is the point inside the polygon (rings with holes)? Thin wrapper over turf for tests and build checks. */
export function pointInPolygon(pt: Position, polygon: Position[][]): boolean {
  return turf.booleanPointInPolygon(turf.point(pt), turf.polygon(polygon));
}

/** Index of the largest polygon (by turf area) of a polygonal geometry. */
export function largestPolygonIndex(g: Polygonal): number {
  let bi = 0,
    ba = -1;
  polygonsOf(g).forEach((p, i) => {
    const a = turf.area(turf.polygon(p));
    if (a > ba) {
      ba = a;
      bi = i;
    }
  });
  return bi;
}

/** [w, s, e, n] of a polygonal geometry. */
export function bboxOf(g: Polygonal): [number, number, number, number] {
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  for (const poly of polygonsOf(g))
    for (const p of poly[0]!) {
      w = Math.min(w, p[0]!);
      e = Math.max(e, p[0]!);
      s = Math.min(s, p[1]!);
      n = Math.max(n, p[1]!);
    }
  return [w, s, e, n];
}
