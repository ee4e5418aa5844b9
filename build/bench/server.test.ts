import { describe, expect, it } from 'vitest';
import { resolveFile } from './server.ts';

describe('resolveFile', () => {
  it('serves the floor page, MapLibre and the geometry under /floor/, and the build elsewhere', () => {
    expect(resolveFile(process.cwd(), '/floor/')).toMatch(/bench\/floor\/index\.html$/);
    expect(resolveFile(process.cwd(), '/floor/maplibre/maplibre-gl.mjs')).toMatch(
      /node_modules\/maplibre-gl\/dist\/maplibre-gl\.mjs$/,
    );
    expect(resolveFile(process.cwd(), '/floor/geo/overview.geojson')).toMatch(/geo\/out\/overview\.geojson$/);
  });
  it('never leaves its folders', () => {
    expect(resolveFile(process.cwd(), '/floor/../../package.json')).toBeNull();
    expect(resolveFile(process.cwd(), '/floor/geo/%2e%2e/%2e%2e/package.json')).toBeNull();
  });
});
