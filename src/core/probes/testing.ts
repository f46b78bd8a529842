/**
 * A step to explain, for tests (imported only by *.test.ts files, here and in the UI): one in
 * the second epoch of a 128-unit navigation run, its W_hh 22.5% pruned on the way to 90%.
 */
import type { StepBreakdown } from './explainStep';

export const stepBreakdown: StepBreakdown = {
  step: 149,
  epoch: 1,
  epochs: 5,
  stepsPerEpoch: 100,
  task: 'navigation',
  layers: 1,
  batch: 32,
  seqLen: 10,
  hidden: 128,
  outputs: 128,
  activation: 'relu',
  taskLoss: 4.5,
  metric: 61.2,
  condition: 'moduli',
  lambda: 0.1,
  exponent: 1,
  penalty: 0.25,
  taskGradNorms: { encoder: 0.1, wih: 0.02, whh: 0.3, decoder: 0.4 },
  penaltyGradNorm: 0.05,
  globalGradNorm: 0.52,
  clipNorm: 0,
  optimizer: 'adamw',
  learningRate: 0.01,
  weightDecay: 0.01,
  scope: 'whh',
  targetSparsity: 0.9,
  sparsityNow: 0.225,
  sparsityNext: 0.45,
  prunedWeights: 3686,
  prunableWeights: 16384,
  whhSparsity: 0.225,
};
