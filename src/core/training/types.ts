/** Plain-data records the training loop produces (streamed to the UI, stored in run files). */

export interface MetricPoint {
  step: number;
  epoch: number;
  taskLoss: number;
  penalty: number;
  totalLoss: number;
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
