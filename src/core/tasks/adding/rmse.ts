/**
 * The adding problem's score (docs/science.md §Adding problem; the paper's Tables 8–9 report test
 * RMSE) and the trivial baseline it must beat: always answering 1, the mean of a sum of two U[0, 1)
 * values, scores √Var = √(2/12) ≈ 0.408.
 */

/** Root-mean-square error √(mean (pred − target)²). */
export function rmse(predictions: ArrayLike<number>, targets: ArrayLike<number>): number {
  if (predictions.length !== targets.length) throw new Error('rmse: length mismatch');
  let sum = 0;
  for (let i = 0; i < targets.length; i++) sum += (predictions[i] - targets[i]) ** 2;
  return Math.sqrt(sum / targets.length);
}

/** RMSE of always predicting 1 on these targets (≈ 0.408 in expectation). */
export function baselineRmse(targets: Float32Array): number {
  return rmse(new Float32Array(targets.length).fill(1), targets);
}
