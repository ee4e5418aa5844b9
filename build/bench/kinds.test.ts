import { describe, expect, it } from 'vitest';
import { isMapLibre, kindOf } from './kinds.ts';

describe('kindOf', () => {
  it('sorts the files a page requests', () => {
    expect(kindOf('/')).toBe('HTML');
    expect(kindOf('/embed.html')).toBe('HTML');
    expect(kindOf('/assets/main-E7VIq3Wa.js')).toBe('JS');
    expect(kindOf('/assets/maplibre-gl-worker-CZtFQQIV.js')).toBe('JS');
    expect(kindOf('/assets/main-Ca77gsMM.css')).toBe('CSS');
    expect(kindOf('/assets/overview-abc.geojson')).toBe('geometry');
    expect(kindOf('/assets/overview-abc.topojson?x=1')).toBe('geometry');
    expect(kindOf('/favicon.svg')).toBe('other');
    expect(kindOf('/data/events.json')).toBe('other');
  });
});

describe('isMapLibre', () => {
  it('knows MapLibre’s chunk, worker and CSS, and nothing else', () => {
    expect(isMapLibre('/assets/maplibre-renderer-feoZaPZs.js')).toBe(true);
    expect(isMapLibre('/assets/maplibre-gl-worker-CZtFQQIV.js')).toBe(true);
    expect(isMapLibre('/floor/maplibre/maplibre-gl.mjs')).toBe(true);
    expect(isMapLibre('/assets/main-E7VIq3Wa.js')).toBe(false);
    expect(isMapLibre('/assets/svg-renderer-Cdaa_7Cx.js')).toBe(false);
  });
  it('knows MapLibre by its content under another name', () => {
    expect(isMapLibre('/assets/map-full-x1.js', 'a.getContext(`webgl2`,o)')).toBe(true);
    expect(
      isMapLibre('/assets/w-x1.mjs', '/* https://github.com/maplibre/maplibre-gl-js/blob/v6.17.0/LICENSE.txt */'),
    ).toBe(true);
    expect(isMapLibre('/assets/main-x1.js', 'needs WebGL 2')).toBe(false);
    expect(isMapLibre('/assets/main-x1.css', '"webgl2"')).toBe(false);
  });
});
