/**
 * An inhibitor f(d) ≥ 0 (docs/science.md §Inhibitors): the coefficient of a weight between units at
 * distance d.
 */
import type * as tf from '@tensorflow/tfjs-core';
import type { InhibitorConfig, InhibitorKind } from '../config/inhibitorSchema';

export interface Inhibitor<C extends InhibitorConfig = InhibitorConfig> {
  readonly kind: InhibitorKind;
  readonly label: string;
  /** Formula as shown in the UI. */
  readonly formula: string;
  /** Monotone inhibitors collapse trained embeddings to a point and are refused for them. */
  readonly monotone: boolean;
  value(d: number, config: C): number;
  /**
   * f and its slope ∂f/∂(d²) = f′(d)/(2d), elementwise from squared distances d² (which most
   * manifolds compute without a square root): what a trained embedding's hand-written gradient
   * needs. `value` is differentiable by autodiff too.
   */
  ofSquared(squared: tf.Tensor, config: C): InhibitorTensors;
}

export interface InhibitorTensors {
  value: tf.Tensor;
  slope: tf.Tensor;
}
