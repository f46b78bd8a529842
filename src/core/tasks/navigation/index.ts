/** The navigation task (Sorscher et al.'s path integration with place cells; docs/science.md §Navigation). */
export {
  randomWalk,
  DEFAULT_BOX_METERS,
  DEFAULT_DT_SECONDS,
  type Walk,
  type WalkOptions,
} from './trajectory';
export {
  createPlaceCells,
  placeCellTargets,
  type PlaceCells,
  type PlaceCellOptions,
} from './placeCells';
export { decodeTop3, decodeErrorCm } from './decode';
export { navigationBatch, type NavigationBatch, type NavigationBatchOptions } from './batch';
