/** Plain-data records the training loop produces and starts from (streamed to the UI, stored in run files). */
import type { AdamState } from '../optim/adam';

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

/** Everything a run has measured so far, kept for charts on reload and for the run file. */
export interface RunHistory {
  metrics: MetricPoint[];
  validation: ValidationPoint[];
}

/** What a Trainer starts from besides its config: fresh, restored, or a lottery ticket. */
export interface TrainerState {
  step: number;
  lottery: boolean;
  weights: Record<string, Float32Array>;
  masks: Record<string, Uint8Array> | null;
  /** Positions of every layer's hidden units, layer after layer ([layers·n, dim]). */
  embedding: Float32Array | null;
  /** Text runs: the tokens the weights were trained with (from a run file or the sparse run). */
  vocabulary?: readonly string[] | null;
  /** Adam's moments; without them a restored run continues with a fresh optimizer. */
  optimizer?: AdamState | null;
}
