/**
 * The run's geometric penalty (SPEC §4–5): the embedding of the hidden units, the coefficient
 * matrix C for the chosen condition, and the penalty's gradients. A fixed embedding builds C
 * once; a trained one keeps positions as a variable and rebuilds C every step.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { RunConfig } from '../config/schema';
import { getManifold, type Manifold } from '../manifolds';
import { inhibitorValue } from '../inhibitors';
import { rngFor } from '../random';
import {
  coefficients,
  effectiveLambda,
  penaltyAndGradFixed,
  penaltyAndGradTrained,
} from '../regularizer';

export interface PenaltyResult {
  penalty: tf.Scalar;
  /** Null when λ = 0: nothing to add. */
  gradWhh: tf.Tensor | null;
  /** Gradients of trainable geometry (the positions), by variable name. */
  extraGrads: Record<string, tf.Tensor>;
}

export class Regularization {
  readonly manifold: Manifold;
  readonly lambda: number;
  private readonly exponent: 1 | 2;
  private readonly trained: tf.Variable | null;
  private readonly fixedPositions: Float32Array;
  private readonly c: tf.Tensor2D | null;
  private readonly cValues: Float32Array | null;

  /**
   * `positions` restores an embedding (import, lottery); `frozen` keeps trained positions
   * fixed, as lottery retraining does (SPEC §7).
   */
  constructor(
    private readonly config: RunConfig,
    positions: Float32Array | null,
    frozen: boolean,
  ) {
    const { geometry, model } = config;
    this.manifold = getManifold(geometry.manifold, geometry.dimension);
    this.lambda = effectiveLambda(config.regularizer);
    this.exponent = config.regularizer.exponent;
    this.fixedPositions =
      positions ?? this.manifold.sample(model.hidden, rngFor(config.seed, 'embedding'));
    const trainable = geometry.embedding === 'trained' && !frozen && this.lambda > 0;
    this.trained = trainable
      ? tf.tidy(() =>
          tf.variable(tf.tensor2d(this.fixedPositions, [model.hidden, this.manifold.dim])),
        )
      : null;
    this.cValues =
      this.trained || this.lambda === 0
        ? null
        : coefficients(
            config.regularizer.condition,
            {
              manifold: this.manifold,
              inhibitor: config.inhibitor,
              positions: this.fixedPositions,
            },
            rngFor(config.seed, 'shuffle'),
          );
    this.c = this.cValues ? tf.tensor2d(this.cValues, [model.hidden, model.hidden]) : null;
  }

  get trainableVariables(): Record<string, tf.Variable> {
    return this.trained ? { embedding: this.trained } : {};
  }

  get learningRates(): Record<string, number> {
    const rate = this.config.geometry.embeddingLearningRate;
    return this.trained && rate !== null ? { embedding: rate } : {};
  }

  /** Penalty and gradients for the current W_hh; call inside tf.tidy. */
  penaltyAndGrads(whh: tf.Tensor): PenaltyResult {
    const w = whh as tf.Tensor2D;
    if (this.trained) {
      const r = penaltyAndGradTrained(
        this.manifold,
        this.config.inhibitor,
        this.trained as tf.Tensor2D,
        w,
        this.lambda,
        this.exponent,
      );
      return { penalty: r.penalty, gradWhh: r.gradW, extraGrads: { embedding: r.gradPositions } };
    }
    if (!this.c) return { penalty: tf.scalar(0), gradWhh: null, extraGrads: {} };
    const r = penaltyAndGradFixed(this.c, w, this.lambda, this.exponent);
    return { penalty: r.penalty, gradWhh: r.gradW, extraGrads: {} };
  }

  /** Pulls trained positions back onto the manifold (circle, sphere) after an update. */
  afterStep(): void {
    if (!this.trained) return;
    const trained = this.trained;
    tf.tidy(() => trained.assign(this.manifold.project(trained as tf.Tensor2D)));
  }

  /** The embedding now, n × dim row-major. */
  positions(): Float32Array {
    return this.trained
      ? (this.trained.dataSync() as Float32Array).slice()
      : this.fixedPositions.slice();
  }

  /** Row j of C (fig. 6: how strongly each unit's weight from j is charged), for the views. */
  coefficientRow(j: number): Float32Array | null {
    const n = this.config.model.hidden;
    if (this.cValues) return this.cValues.slice(j * n, (j + 1) * n);
    if (!this.trained) return null;
    const dim = this.manifold.dim;
    const p = this.positions();
    const from = p.subarray(j * dim, (j + 1) * dim);
    return Float32Array.from({ length: n }, (_, k) =>
      inhibitorValue(
        this.config.inhibitor,
        this.manifold.distance(from, p.subarray(k * dim, (k + 1) * dim)),
      ),
    );
  }

  /** min / max / mean of C, as stored in run files (null without a penalty). */
  coefficientSummary(): { min: number; max: number; mean: number } | null {
    if (!this.cValues) return null;
    let min = Infinity;
    let max = -Infinity;
    let sum = 0;
    for (const v of this.cValues) {
      min = Math.min(min, v);
      max = Math.max(max, v);
      sum += v;
    }
    return { min, max, mean: sum / this.cValues.length };
  }

  dispose(): void {
    this.trained?.dispose();
    this.c?.dispose();
  }
}
