/**
 * The pruning masks of a run: kept as bytes (for the schedule, sparsity and export) and as
 * float tensors (to multiply gradients and weights on the device).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { PruningScope } from '../pruning/magnitude';
import { pruneByMagnitude, sparsity } from '../pruning/magnitude';
import { isRecurrentMatrix } from '../model/params';

export class MaskSet {
  private readonly tensors: Record<string, tf.Tensor> = {};

  constructor(
    private readonly bytes: Record<string, Uint8Array>,
    private readonly shapes: Record<string, number[]>,
  ) {
    for (const name of Object.keys(bytes)) this.tensors[name] = this.toTensor(name);
  }

  /** All-alive masks for the given matrices. */
  static dense(shapes: Record<string, number[]>): MaskSet {
    const bytes: Record<string, Uint8Array> = {};
    for (const [name, shape] of Object.entries(shapes))
      bytes[name] = new Uint8Array(shape[0] * shape[1]).fill(1);
    return new MaskSet(bytes, shapes);
  }

  get names(): string[] {
    return Object.keys(this.bytes);
  }

  get asTensors(): Record<string, tf.Tensor> {
    return this.tensors;
  }

  mask(name: string): Uint8Array {
    return this.bytes[name];
  }

  /** Sparsity of every layer's W_hh counted together (with one layer: W_hh's). */
  get whhSparsity(): number {
    return sparsity(...this.names.filter(isRecurrentMatrix).map((name) => this.bytes[name]));
  }

  get globalSparsity(): number {
    return sparsity(...Object.values(this.bytes));
  }

  /**
   * Re-prunes to `fraction` from the current weights (docs/science.md §Pruning) and zeroes the
   * newly pruned weights at once, so the next forward pass already runs sparse. The W_hh-only scope
   * prunes each layer's W_hh to the fraction on its own.
   */
  prune(weights: Record<string, tf.Variable>, fraction: number, scope: PruningScope): void {
    const names = scope === 'whh' ? this.names.filter(isRecurrentMatrix) : this.names;
    const matrices = names.map((name) => ({
      name,
      weights: weights[name].dataSync() as Float32Array,
      mask: this.bytes[name],
    }));
    const next = pruneByMagnitude(matrices, fraction, scope === 'whh' ? 'perMatrix' : scope);
    for (const name of names) {
      this.bytes[name] = next[name];
      this.tensors[name].dispose();
      this.tensors[name] = this.toTensor(name);
      tf.tidy(() => weights[name].assign(tf.mul(weights[name], this.tensors[name])));
    }
  }

  /** Copies of the bytes, for export and lottery tickets. */
  snapshot(): Record<string, Uint8Array> {
    return Object.fromEntries(Object.entries(this.bytes).map(([k, v]) => [k, v.slice()]));
  }

  dispose(): void {
    for (const t of Object.values(this.tensors)) t.dispose();
  }

  private toTensor(name: string): tf.Tensor {
    return tf.tensor(Float32Array.from(this.bytes[name]), this.shapes[name]);
  }
}
