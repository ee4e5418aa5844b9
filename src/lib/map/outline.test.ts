import { createPropertyExpression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { selectedOutlineExpression } from './expressions.ts';
import { selectedOutlineWidth } from './outline.ts';

const AREAS = { iturup: 3160.6, kunashir: 1486.8, shikotan: 250.1, habomai: 94.6 };

describe('the selected area’s outline', () => {
  it('is as thick as a large island wears it, and thinner for the small Habomai islets at the same zoom', () => {
    expect(selectedOutlineWidth(AREAS.kunashir, 9)).toBe(3);
    expect(selectedOutlineWidth(AREAS.habomai, 9)).toBeLessThanOrEqual(2);
    expect(selectedOutlineWidth(AREAS.habomai, 11)).toBe(3);
  });

  it('grows with the zoom, and stays visible at the overview', () => {
    const widths = [5, 6, 7, 8, 9, 10].map((zoom) => selectedOutlineWidth(AREAS.shikotan, zoom));
    expect(widths).toEqual([...widths].sort((a, b) => a - b));
    expect(widths[0]).toBe(1.5);
  });

  it('is the same in MapLibre as in the SVG drawing, selected, and nothing when neither selected nor hovered', () => {
    const spec = latest.paint_line['line-width'] as StylePropertySpecification;
    const parsed = createPropertyExpression(selectedOutlineExpression(), 'line-width', spec);
    if (parsed.result !== 'success') throw new Error(parsed.value.map((e) => e.message).join('; '));
    const width = (zoom: number, areaKm2: number, state: Record<string, boolean>) =>
      parsed.value.evaluate(
        { zoom },
        { type: 'Polygon', properties: { area_km2: areaKm2 }, geometry: [] } as never,
        state,
      ) as number;
    for (const zoom of [6, 8, 9, 10, 12])
      for (const area of Object.values(AREAS))
        expect(width(zoom, area, { selected: true })).toBeCloseTo(selectedOutlineWidth(area, zoom), 1);
    expect(width(9, AREAS.habomai, { hover: true })).toBe(1.5);
    expect(width(9, AREAS.habomai, {})).toBe(0);
  });
});
