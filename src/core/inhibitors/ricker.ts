/**
 * Inverted Ricker wavelet ("Mexican hat"), our own inhibitor (SPEC §3, not in the authors'
 * code): f(d) = c·(1 − (1 − d²/σ²)·e^{−d²/(2σ²)}). f(0) = 0, so a unit's nearest neighbours
 * are free, f peaks at d = √3·σ with c·(1 + 2e^{−3/2}) and tends to c far away. f ≥ 0.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { InhibitorConfig } from '../config/schema';
import type { Inhibitor } from './types';

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
  tensor(d, { c, sigma }) {
    return tf.tidy(() => {
      const t = tf.div(tf.square(d), sigma * sigma);
      return tf.mul(c, tf.sub(1, tf.mul(tf.sub(1, t), tf.exp(tf.div(t, -2)))));
    });
  },
};
