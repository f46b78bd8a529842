/**
 * Saved runs in the browser: the Runs panel (rename, open, delete, overlay two runs) and
 * the banner that offers to resume a run the page lost mid-training.
 */
export { RunsPanel, type RunsPanelProps } from './RunsPanel';
export { ResumeBanner, type ResumeBannerProps } from './ResumeBanner';
export { RunOverlayChart, type RunOverlayChartProps } from './RunOverlayChart';
