/**
 * An inhibitor f(d) ≥ 0 (SPEC §3): the coefficient of a weight between units at distance d.
 */
import type * as tf from '@tensorflow/tfjs-core';
import type { InhibitorConfig, InhibitorKind } from '../config/schema';

export interface Inhibitor<C extends InhibitorConfig = InhibitorConfig> {
  readonly kind: InhibitorKind;
  readonly label: string;
  /** Formula as shown in the UI. */
  readonly formula: string;
  /** Monotone inhibitors collapse trained embeddings to a point and are refused for them. */
  readonly monotone: boolean;
  value(d: number, config: C): number;
  /** Elementwise, differentiable (trained embeddings need gradients through it). */
  tensor(d: tf.Tensor, config: C): tf.Tensor;
}
