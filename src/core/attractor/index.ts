/**
 * Attractors, measured: locality, pair similarity, drift, path error and recovery
 * (./measures), the verdict each probe gets from its own measure (./verdicts), path
 * integration over walks of growing length (./pathIntegration), and a hand-built continuous
 * attractor to compare a trained network with (./reference, ./referenceProbe).
 */
export * from './measures';
export * from './verdicts';
export * from './pathIntegration';
export {
  ReferenceAttractor,
  hasReference,
  latticePositions,
  REFERENCE_MAX_UNITS,
  type ReferenceManifold,
  type ReferenceOptions,
} from './reference';
export { runReferenceProbe } from './referenceProbe';
export {
  attractorReport,
  probeModelOf,
  referenceFor,
  unitDistances,
  type AttractorReport,
  type NetworkMeasures,
  type NetworkLabel,
  type ReportOptions,
} from './report';
export { reportTable, type ReportRow, type ReportTable } from './reportTable';
