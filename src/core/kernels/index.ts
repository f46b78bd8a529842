/** Faster pieces of the training step, measured by npm run bench before they are wired in. */
export { sumOfStepProducts, timesTransposed } from './products';
export { lossAndGradsChunked } from './bptt';
export { placeCellTargetsTensor } from './placeCells';
