/**
 * The run's geometric penalty (docs/science.md §Regularizer, §Trained embeddings): the embedding of
 * the hidden units, the coefficient matrix C for the chosen condition, and the penalty's gradients.
 * A fixed embedding builds C once; a trained one keeps positions as a variable and rebuilds C every
 * step. A stacked network (text) gives each layer's W_hh its own embedding on the same manifold,
 * drawn from its own seeded stream, as the paper does; the penalties add up.
 */
import * as tf from '@tensorflow/tfjs-core';
import { recurrentLayers, type RunConfig } from '../config/schema';
import { getManifold, type Manifold } from '../manifolds';
import { dogValue, inhibitorValue } from '../inhibitors';
import { layerParam } from '../model/params';
import {
  coefficients,
  effectiveLambda,
  l1PenaltyAndGrad,
  penaltyAndGradFixed,
  penaltyAndGradTrained,
} from '../regularizer';
import { drawnEmbedding, layerStream } from './layerDraws';
import { finish, realisedKappaInSlices } from './runInhibitor';

export interface PenaltyResult {
  penalty: tf.Scalar;
  /** Null when λ = 0: nothing to add. */
  gradWhh: tf.Tensor | null;
  /** Gradients of trainable geometry (the positions), by variable name. */
  extraGrads: Record<string, tf.Tensor>;
}

/** One layer's geometry: its positions, and C when it is fixed. */
interface LayerGeometry {
  name: string;
  fixedPositions: Float32Array;
  trained: tf.Variable | null;
  cValues: Float32Array | null;
  c: tf.Tensor2D | null;
}

export class Regularization {
  readonly manifold: Manifold;
  readonly lambda: number;
  /** One geometry per recurrent layer. */
  readonly layers: number;
  private readonly exponent: 1 | 2;
  private readonly geometry: LayerGeometry[];

  /**
   * `positions` restores the embedding of every layer (import, lottery), layer after layer
   * ([layers·n, dim]); `frozen` keeps trained positions fixed, as lottery retraining does
   * (docs/science.md §Lottery tickets). A frozen (lottery) regularizer with
   * `regularizer.lotteryPenalty` 'redrawn' draws its embedding (unless given) and shuffle from
   * streams of its own, as the authors' code builds a new regularizer for the ticket; 'same' (the
   * paper) keeps the sparse run's C.
   */
  constructor(
    private readonly config: RunConfig,
    positions: Float32Array | null,
    frozen: boolean,
  ) {
    const { geometry, model, seed } = config;
    this.manifold = getManifold(geometry.manifold, geometry.dimension);
    this.lambda = effectiveLambda(config.regularizer);
    this.exponent = config.regularizer.exponent;
    this.layers = recurrentLayers(config.task);
    const size = model.hidden * this.manifold.dim;
    if (positions && positions.length !== this.layers * size) {
      throw new Error(
        `embedding: ${positions.length / this.manifold.dim} points, expected ${this.layers} × ${model.hidden}`,
      );
    }
    const trainable = geometry.embedding === 'trained' && !frozen && this.lambda > 0;
    const redrawn = frozen && config.regularizer.lotteryPenalty === 'redrawn';
    this.geometry = Array.from({ length: this.layers }, (_, k) => {
      const fixedPositions =
        positions?.slice(k * size, (k + 1) * size) ??
        drawnEmbedding(config, this.manifold, k, redrawn);
      const trained = trainable
        ? tf.tidy(() => tf.variable(tf.tensor2d(fixedPositions, [model.hidden, this.manifold.dim])))
        : null;
      const cValues =
        trained || this.lambda === 0
          ? null
          : coefficients(
              config.regularizer.condition,
              { manifold: this.manifold, inhibitor: config.inhibitor, positions: fixedPositions },
              layerStream(seed, 'shuffle', k, redrawn),
            );
      const c = cValues ? tf.tensor2d(cValues, [model.hidden, model.hidden]) : null;
      return { name: layerParam('embedding', k), fixedPositions, trained, cValues, c };
    });
  }

  get trainableVariables(): Record<string, tf.Variable> {
    return Object.fromEntries(
      this.geometry.flatMap((g) => (g.trained ? [[g.name, g.trained]] : [])),
    );
  }

  get learningRates(): Record<string, number> {
    const rate = this.config.geometry.embeddingLearningRate;
    return rate === null
      ? {}
      : Object.fromEntries(Object.keys(this.trainableVariables).map((k) => [k, rate]));
  }

  /**
   * Decoupled weight decay per trained position variable: 0 unless `geometry.embeddingWeightDecay`
   * (the authors' AdamW decays every parameter, positions included, pulling them toward the
   * origin); the weights keep the optimizer's own.
   */
  get weightDecays(): Record<string, number> {
    if (this.config.geometry.embeddingWeightDecay) return {};
    return Object.fromEntries(Object.keys(this.trainableVariables).map((k) => [k, 0]));
  }

  /**
   * The gradients with the trained positions' own treatment (the authors' adding problem): scaled
   * by embeddingGradientDecay^epoch, and dropped in the stabiliser epochs, which train the weights
   * with the positions frozen. Other gradients pass unchanged; call inside tf.tidy.
   */
  positionGradients(
    grads: Record<string, tf.Tensor>,
    epoch: number,
    stabilising: boolean,
  ): Record<string, tf.Tensor> {
    const names = Object.keys(this.trainableVariables);
    if (names.length === 0) return grads;
    const factor = this.config.geometry.embeddingGradientDecay ** epoch;
    const out = { ...grads };
    for (const name of names) {
      if (stabilising) delete out[name];
      else if (factor !== 1 && out[name]) out[name] = tf.mul(out[name], factor);
    }
    return out;
  }

  /** Penalty and gradients for the current W_hh of `layer`; call inside tf.tidy. */
  penaltyAndGrads(whh: tf.Tensor, layer = 0): PenaltyResult {
    const w = whh as tf.Tensor2D;
    const { name, trained, c } = this.geometry[layer];
    if (trained) {
      const r = penaltyAndGradTrained(
        this.manifold,
        this.config.inhibitor,
        trained as tf.Tensor2D,
        w,
        this.lambda,
        this.exponent,
      );
      return { penalty: r.penalty, gradWhh: r.gradW, extraGrads: { [name]: r.gradPositions } };
    }
    if (!c) return { penalty: tf.scalar(0), gradWhh: null, extraGrads: {} };
    const r = penaltyAndGradFixed(c, w, this.lambda, this.exponent);
    return { penalty: r.penalty, gradWhh: r.gradW, extraGrads: {} };
  }

  /**
   * The penalty summed over layers, with its gradients by variable name (each layer's W_hh,
   * trained positions); call inside tf.tidy.
   */
  totalPenalty(params: Record<string, tf.Tensor>): {
    penalty: tf.Scalar;
    grads: Record<string, tf.Tensor>;
  } {
    const grads: Record<string, tf.Tensor> = {};
    const penalties = this.geometry.map((_, k) => {
      const name = layerParam('whh', k);
      const r = this.penaltyAndGrads(params[name], k);
      if (r.gradWhh) grads[name] = r.gradWhh;
      Object.assign(grads, r.extraGrads);
      return r.penalty;
    });
    for (const name of this.extraL1Names(params)) {
      const r = l1PenaltyAndGrad(params[name], this.lambda);
      grads[name] = r.grad;
      penalties.push(r.penalty);
    }
    return { penalty: penalties.length === 1 ? penalties[0] : tf.addN(penalties), grads };
  }

  /**
   * The text task's extra plain-L1 matrices (`regularizer.extraL1`, the authors' word example):
   * every layer's W_ih, the token embedding and the decoder, each charged λ·mean|W|.
   */
  private extraL1Names(params: Record<string, tf.Tensor>): string[] {
    if (!this.config.regularizer.extraL1 || this.config.task.kind !== 'text') return [];
    if (this.lambda === 0) return [];
    const wih = Array.from({ length: this.layers }, (_, k) => layerParam('wih', k));
    return [...wih, 'tokenEmbedding', 'decoder'].filter((name) => name in params);
  }

  /** Pulls trained positions back onto the manifold (circle, sphere) after an update. */
  afterStep(): void {
    for (const { trained } of this.geometry) {
      if (trained) tf.tidy(() => trained.assign(this.manifold.project(trained as tf.Tensor2D)));
    }
  }

  /** The embedding of `layer` now, n × dim row-major. */
  positions(layer = 0): Float32Array {
    const { trained, fixedPositions } = this.geometry[layer];
    return trained ? (trained.dataSync() as Float32Array).slice() : fixedPositions.slice();
  }

  /** Every layer's embedding, layer after layer (what run files and lottery tickets keep). */
  allPositions(): Float32Array {
    const out = new Float32Array(this.layers * this.config.model.hidden * this.manifold.dim);
    for (let k = 0; k < this.layers; k++)
      out.set(this.positions(k), (k * out.length) / this.layers);
    return out;
  }

  /** Row j of C (fig. 6: how strongly each unit's weight from j is charged), for the views. */
  coefficientRow(j: number, layer = 0): Float32Array | null {
    const n = this.config.model.hidden;
    const { cValues, trained } = this.geometry[layer];
    if (cValues) return cValues.slice(j * n, (j + 1) * n);
    if (!trained) return null;
    const dim = this.manifold.dim;
    const p = this.positions(layer);
    const from = p.subarray(j * dim, (j + 1) * dim);
    const { inhibitor } = this.config;
    // The penalty shifts a realised κ's C by its smallest entry at every step (see penalty.ts);
    // the row must carry the same shift, which depends on all the pairs, not on row j alone.
    const realised = inhibitor.kind === 'dog' && inhibitor.kappa === 'realised';
    const kappa = realised ? finish(realisedKappaInSlices(inhibitor, this.manifold, p)) : null;
    const f = (d: number) =>
      kappa !== null && inhibitor.kind === 'dog'
        ? dogValue(d, inhibitor, kappa)
        : inhibitorValue(inhibitor, d);
    return Float32Array.from({ length: n }, (_, k) =>
      f(this.manifold.distance(from, p.subarray(k * dim, (k + 1) * dim))),
    );
  }

  /** min / max / mean of C over all layers, as stored in run files (null without a penalty). */
  coefficientSummary(): { min: number; max: number; mean: number } | null {
    if (!this.geometry[0].cValues) return null;
    let min = Infinity;
    let max = -Infinity;
    let sum = 0;
    let count = 0;
    for (const { cValues } of this.geometry) {
      for (const v of cValues ?? []) {
        min = Math.min(min, v);
        max = Math.max(max, v);
        sum += v;
      }
      count += cValues?.length ?? 0;
    }
    return { min, max, mean: sum / count };
  }

  dispose(): void {
    for (const { trained, c } of this.geometry) {
      trained?.dispose();
      c?.dispose();
    }
  }
}
