import { describe, expect, it } from 'vitest';
import { labelAnchor } from './label-anchors.ts';

// A plain projection: 100 px per degree east of 140°E and north of 40°N, north up.
const project = (lon: number, lat: number) => ({ x: (lon - 140) * 100, y: (48 - lat) * 100 });
const hokkaido = { id: 'hokkaido' as const, label_lon: 142.8, label_lat: 43.44 };
const shikotan = { id: 'shikotan' as const, label_lon: 146.67, label_lat: 43.78 };

describe('labelAnchor', () => {
  it('keeps the label at its own point when it is in view', () => {
    expect(labelAnchor(hokkaido, project, { width: 1000, height: 800 })).toEqual(project(142.8, 43.44));
  });

  it('moves Hokkaido’s label to its eastern end when the view shows only that', () => {
    const eastOnly = (lon: number, lat: number) => project(lon - 4.5, lat);
    const at = labelAnchor(hokkaido, eastOnly, { width: 390, height: 500 })!;
    expect(at).toEqual(eastOnly(144.95, 43.52));
  });

  it('hides a label whose land is out of view', () => {
    const farEast = (lon: number, lat: number) => project(lon - 8, lat);
    expect(labelAnchor(shikotan, farEast, { width: 390, height: 500 })).toBeNull();
    expect(labelAnchor(hokkaido, farEast, { width: 390, height: 500 })).toBeNull();
  });
});
