import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { Polygon, Position } from 'geojson';
import {
  findKinks,
  labelPoint,
  pointInPolygon,
  polygonalIssues,
  ringIssues,
  shortestDistanceBruteKm,
  shortestDistanceKm,
} from './figures.ts';

// deterministic pseudo-random generator
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}
function blob(cx: number, cy: number, r: number, n: number, rand: () => number): Polygon {
  const ring: Position[] = [];
  for (let i = 0; i < n; i++) {
    const a = (i / n) * 2 * Math.PI;
    const rr = r * (0.6 + 0.4 * rand());
    ring.push([cx + rr * Math.cos(a), cy + rr * Math.sin(a)]);
  }
  ring.push([...ring[0]!]);
  return { type: 'Polygon', coordinates: [ring] };
}

describe('ring validity', () => {
  it('flags open, short and degenerate rings', () => {
    expect(
      ringIssues([
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ]),
    ).toEqual([]);
    expect(
      ringIssues([
        [0, 0],
        [1, 0],
        [0, 0],
      ]).join(),
    ).toMatch(/< 4/);
    expect(
      ringIssues([
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
      ]).join(),
    ).toMatch(/not closed/);
    expect(
      ringIssues([
        [0, 0],
        [1, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ]).join(),
    ).toMatch(/zero-length/);
  });
  it('findKinks agrees with turf.kinks', () => {
    const bowtie: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 1],
          [1, 0],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    expect(findKinks(bowtie).length).toBe(turf.kinks(bowtie).features.length);
    expect(findKinks(bowtie).length).toBeGreaterThan(0);
    expect(polygonalIssues(bowtie).join()).toMatch(/self-intersection/);
    const rand = rng(42);
    for (let t = 0; t < 30; t++) {
      // random star-ish polygons, some made self-intersecting by shuffling two vertices
      const p = blob(0, 0, 1, 12 + Math.floor(rand() * 20), rand);
      if (t % 2) {
        const ring = p.coordinates[0]!;
        const i = 1 + Math.floor(rand() * (ring.length - 3));
        const j = 1 + Math.floor(rand() * (ring.length - 3));
        [ring[i], ring[j]] = [ring[j]!, ring[i]!];
      }
      expect(findKinks(p).length).toBe(turf.kinks(p).features.length);
    }
  });
});

describe('shortest distance', () => {
  it('equals the brute-force search on random coastlines', () => {
    const rand = rng(7);
    for (let t = 0; t < 6; t++) {
      const a = blob(145 + rand(), 43 + rand(), 0.3, 40, rand);
      const b = blob(146.2 + rand(), 43.6 + rand(), 0.3, 50, rand);
      if (turf.booleanIntersects(a, b)) continue;
      const fast = shortestDistanceKm(a, b, 8);
      expect(fast.km).toBeCloseTo(shortestDistanceBruteKm(a, b), 9);
      expect(fast.evaluatedPairs).toBeLessThan(fast.totalPairs);
    }
  }, 30_000);
  it('matches turf.distance for two tiny squares 1° of latitude apart', () => {
    const sq = (x: number, y: number): Polygon => ({
      type: 'Polygon',
      coordinates: [
        [
          [x, y],
          [x + 1e-4, y],
          [x + 1e-4, y + 1e-4],
          [x, y + 1e-4],
          [x, y],
        ],
      ],
    });
    const d = shortestDistanceKm(sq(145, 43), sq(145, 44 + 1e-4)).km;
    expect(d).toBeCloseTo(turf.distance([145, 43 + 1e-4], [145, 44 + 1e-4]), 6);
  });
});

describe('label point', () => {
  it('is inside concave polygons', () => {
    const u: Position[][] = [
      [
        [0, 0],
        [3, 0],
        [3, 3],
        [2, 3],
        [2, 1],
        [1, 1],
        [1, 3],
        [0, 3],
        [0, 0],
      ],
    ];
    const p = labelPoint(u, 0.001);
    expect(pointInPolygon(p, u)).toBe(true);
    const rand = rng(3);
    for (let t = 0; t < 10; t++) {
      const g = blob(145, 44, 0.5, 40, rand);
      expect(pointInPolygon(labelPoint(g.coordinates), g.coordinates)).toBe(true);
    }
  });
});
