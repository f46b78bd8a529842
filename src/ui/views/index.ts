/**
 * The lab's presentational views. They read plain data (column stores, the snapshot store,
 * functions) and never talk to the worker; the app wires them to its state.
 */
export { MetricChart, type MetricChartProps } from './MetricChart';
export { MetricChartStack, type MetricChartStackProps } from './MetricChartStack';
export { chartSeries, type ChartSeries, type SeriesStyle, type ChartOptions } from './chartModel';
export { WeightHeatmap, type WeightHeatmapProps } from './WeightHeatmap';
export { ManifoldView, type ManifoldViewProps } from './ManifoldView';
export type { NeuronColorMode } from './NeuronPoints';
export { InhibitorPlot, type InhibitorPlotProps } from './InhibitorPlot';
export { exportCanvasPng } from './exportPng';
export { SELECTED_COLOR, PRUNED_COLOR, SERIES_COLORS } from './palette';
