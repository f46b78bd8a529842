/**
 * Attractor probes in the UI: the panel (arena, controls, playback, persistence chart) and the
 * ActivityStore it shares with ManifoldView's `activity` prop.
 */
export { ProbePanel, type ProbePanelProps } from './ProbePanel';
export { ArenaView, type ArenaViewProps } from './ArenaView';
export { ProbeControls, type ProbeControlsProps } from './ProbeControls';
export { ActivityStore, constantActivity, type ActivitySource } from './activityStore';
export { buildProbeRequest, type ProbeKind, type ProbeSettings } from './probeRequest';
