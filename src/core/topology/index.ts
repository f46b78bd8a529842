/**
 * Topology of learned embeddings (docs/science.md §Topology): Vietoris–Rips barcodes of a point
 * cloud from its distance matrix, and a plain-English reading of them. Pure TypeScript, no tfjs.
 */
export {
  vietorisRips,
  defaultThreshold,
  H2_EXACT_MAX_POINTS,
  H2_THRESHOLD_FRACTION,
} from './vietorisRips';
export { euclideanDistanceMatrix, enclosingRadius } from './distances';
export {
  dominantBars,
  longBars,
  describeBarcode,
  LONG_BAR_FRACTION,
  LONG_BAR_GAP,
} from './barcode';
export type {
  HomologyDimension,
  PersistencePair,
  PersistenceResult,
  VietorisRipsOptions,
} from './types';
