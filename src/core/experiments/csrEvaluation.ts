/**
 * A trained run evaluated from the CSR of its pruned weights (../sparse, the WASM sparse engine
 * where the runtime has it) beside tfjs's dense evaluation of the same fresh batches: the task's
 * metric from each, which agree to float rounding, and what each forward pass cost. What the
 * sparsification buys, measured on the run itself.
 */
import * as tf from '@tensorflow/tfjs-core';
import { evaluate } from '../model/network';
import { rngAt } from '../random';
import { evaluateBatch, networkMaps } from '../sparse';
import type { Trainer } from '../training/trainer';

export interface CsrEvaluation {
  /** Fraction of W_hh pruned. */
  whhSparsity: number;
  batches: number;
  /** The task's metric, averaged over the batches, from the CSR forward and the dense one. */
  metric: { csr: number; dense: number };
  /** Milliseconds of the forward passes (read-out included), summed over the batches. */
  ms: { csr: number; dense: number };
}

/** Heads the plain forward pass (../sparse evaluateBatch) reproduces. */
const SUPPORTED_HEADS = ['softmaxAllSteps', 'mseLastStep'];

/**
 * The run's metric on `batches` fresh batches (their own random stream, not training's), from
 * the CSR of its weights and masks and from tfjs. Navigation and adding runs (one recurrent
 * layer); the text task's embedding and stacked layers are not in the plain forward pass.
 */
export async function evaluateFromCsr(trainer: Trainer, batches: number): Promise<CsrEvaluation> {
  const shape = trainer.task.network;
  if (!SUPPORTED_HEADS.includes(shape.head) || (shape.layers ?? 1) > 1)
    throw new Error(
      `CSR evaluation runs the navigation and adding tasks, not ${trainer.config.task.kind}`,
    );
  const maps = networkMaps(shape, trainer.weightValues(), trainer.masks.snapshot(), 'csr');
  const result: CsrEvaluation = {
    whhSparsity: trainer.masks.whhSparsity,
    batches,
    metric: { csr: 0, dense: 0 },
    ms: { csr: 0, dense: 0 },
  };
  const size = trainer.config.training.batch;
  for (let i = 0; i < batches; i++) {
    const batch = trainer.task.batch(rngAt(trainer.config.seed, 'csrEvaluation', i), size);
    let start = performance.now();
    const csr = evaluateBatch(shape, maps, batch);
    result.ms.csr += performance.now() - start;
    start = performance.now();
    // Read back outside tidy: tidy walks what it returns, every element of a typed array too.
    // Asynchronously: WebGPU in Node has no synchronous read-back.
    const output = tf.tidy(() => evaluate(shape, trainer.params, batch).output);
    const dense = (await output.data()) as Float32Array;
    output.dispose();
    result.ms.dense += performance.now() - start;
    result.metric.csr += trainer.task.metric(csr, batch) / batches;
    result.metric.dense += trainer.task.metric(dense, batch) / batches;
  }
  return result;
}
