/**
 * Inverted Ricker wavelet ("Mexican hat"), our own inhibitor (docs/science.md §Inhibitors, not in
 * the authors' code): f(d) = c·(1 − (1 − d²/σ²)·e^{−d²/(2σ²)}). f(0) = 0, so a unit's nearest
 * neighbours are free, f peaks at d = √3·σ with c·(1 + 2e^{−3/2}) and tends to c far away. f ≥ 0.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { InhibitorConfig } from '../config/inhibitorSchema';
import type { Inhibitor } from './types';
import { expNonPositive } from './exp';

type RickerConfig = Extract<InhibitorConfig, { kind: 'ricker' }>;

export const ricker: Inhibitor<RickerConfig> = {
  kind: 'ricker',
  label: 'Inverted Mexican hat (Ricker)',
  formula: 'f(d) = c·(1 − (1 − d²/σ²)·e^{−d²/(2σ²)})',
  monotone: false,
  value(d, { c, sigma }) {
    const t = (d * d) / (sigma * sigma);
    return c * (1 - (1 - t) * Math.exp(-t / 2));
  },
  /** With t = d²/σ²: ∂f/∂(d²) = c·e^{−t/2}·(3 − t)/(2σ²). */
  ofSquared(d2, { c, sigma }) {
    const t = tf.div(d2, sigma * sigma);
    const gaussian = expNonPositive(tf.div(t, -2));
    return {
      value: tf.mul(c, tf.sub(1, tf.mul(tf.sub(1, t), gaussian))),
      slope: tf.mul(tf.mul(gaussian, tf.sub(3, t)), c / (2 * sigma * sigma)),
    };
  },
};
