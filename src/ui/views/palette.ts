/**
 * The lab's colour language in one place (UI.md "Visual language"): a diverging scale for
 * weights, flat grey for pruned entries, a sequential scale for magnitudes and coefficients,
 * one highlight colour for the selected neuron in every view, and the chart series colours.
 */
import { interpolateViridis } from 'd3';

/** The selected neuron: 3D view, heatmap row/column and tooltips. */
export const SELECTED_COLOR = '#ffb000';
/** Pruned weights (mask 0): never confused with a live zero (white). */
export const PRUNED_COLOR = '#3a3a3a';
/** Neurons before anything is selected. */
export const NEURON_COLOR = '#7089ad';

/** Diverging stops from −max (first) through 0 (white, middle) to +max (last); RdBu. */
export const DIVERGING_STOPS = [
  '#2166ac',
  '#4393c3',
  '#92c5de',
  '#d1e5f0',
  '#ffffff',
  '#fddbc7',
  '#f4a582',
  '#d6604d',
  '#b2182b',
] as const;

/** Sequential scale for magnitudes (|W| to/from the selected neuron, coefficients f(d)). */
export const sequential = (t: number): string =>
  // Viridis without its yellow end, which would look like the selection highlight.
  interpolateViridis(0.15 + 0.7 * Math.max(0, Math.min(1, t)));

/** Default chart colours, one per quantity, so the same quantity looks the same everywhere. */
export const SERIES_COLORS = {
  taskLoss: '#4e79a7',
  penalty: '#e15759',
  totalLoss: '#9c755f',
  whhSparsity: '#59a14f',
  globalSparsity: '#76b7b2',
  targetSparsity: '#888888',
  metric: '#f28e2b',
  validation: '#b07aa1',
} as const;

/** '#rrggbb' → [r, g, b] in 0–255. */
export function hexToRgb(hex: string): [number, number, number] {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}
