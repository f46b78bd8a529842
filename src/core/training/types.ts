/** Plain-data records the training loop produces (streamed to the UI, stored in run files). */

export interface MetricPoint {
  step: number;
  epoch: number;
  taskLoss: number;
  penalty: number;
  totalLoss: number;
  /** Pruned share of every layer's W_hh counted together (one layer except in text runs). */
  whhSparsity: number;
  globalSparsity: number;
  targetSparsity: number;
  /** The task metric on this step's training batch (cm, RMSE, …). */
  metric: number;
}

export interface ValidationPoint {
  step: number;
  metric: number;
  taskLoss: number;
}
