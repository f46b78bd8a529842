/**
 * Attractor probes and step explanations: pure TypeScript on Float32Arrays, no tfjs, so the
 * worker can answer them next to training and Node tests can check them by hand.
 */
export {
  freeRun,
  perturbState,
  type FreeRunOptions,
  type FreeRunResult,
  type ProbeWeights,
} from './freeRun';
export {
  pathVelocities,
  integratePath,
  fitVelocities,
  DEFAULT_PATH_SPEED_METERS_PER_SECOND,
  type PathInput,
  type PathOptions,
} from './path';
export {
  patternCorrelation,
  correlationOverTime,
  pairedCorrelation,
  meanActivity,
} from './persistence';
export { runProbe, probeWeightsFrom, type ProbeModel } from './runProbe';
export { checkProbeRequest, probeKind, probeResult, type ProbeTrajectory } from './result';
export { probeEngine, probeEngineCache, type ProbeNetwork } from './engine';
export { MAX_PROBE_STEPS, type ProbeRequest, type ProbeResult, type ProbeStart } from './types';
export {
  explainStep,
  type StepBreakdown,
  type StepStage,
  type ExplainedStage,
} from './explainStep';
