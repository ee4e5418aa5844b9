import type { ExpressionSpecification } from 'maplibre-gl';

/** True while the pointer is over the feature (feature-state `hover`). */
export const isHovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

/** True for the selected feature (feature-state `selected`). */
export const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/** Picks `selected`, then `hovered`, then `normal`, by feature state. */
export function byState<T>(normal: T, hovered: T, selected: T): ExpressionSpecification {
  return ['case', isSelected, selected, isHovered, hovered, normal] as ExpressionSpecification;
}
