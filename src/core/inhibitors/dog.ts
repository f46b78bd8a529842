/**
 * Difference of Gaussians, the default inhibitor (docs/science.md §Inhibitors; paper eq. 8 with the
 * authors' inversion): f(d) = c·(κ − (e^{−d²/σ₂} − e^{−d²/σ₁})), σ₂ > σ₁. The bracket g(d) is 0 at
 * d = 0, rises to a peak and decays to 0, so f is lowest on a ring around each unit (where weights
 * are cheap) and high at d = 0 and far away. With κ = peak of g, f ≥ 0 and touches 0 on that ring;
 * the paper's eq. 8 writes κ = 1 instead (offered as the 'paper' toggle).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { InhibitorConfig } from '../config/inhibitorSchema';
import type { Inhibitor } from './types';
import { expNonPositive } from './exp';

export type DogConfig = Extract<InhibitorConfig, { kind: 'dog' }>;

/**
 * Where the bracket g(d) = e^{−d²/σ₂} − e^{−d²/σ₁} peaks over d ≥ 0, and its value there.
 * g′ = 0 ⇔ e^{−d²/σ₂}/σ₂ = e^{−d²/σ₁}/σ₁ ⇔ d² = ln(σ₂/σ₁)·σ₁σ₂/(σ₂ − σ₁).
 * Defaults (σ₁ = 0.25, σ₂ = 5): d ≈ 0.8879, g ≈ 0.81142.
 */
export function dogPeak(config: DogConfig): { distance: number; bracket: number } {
  const { sigma1, sigma2 } = config;
  const d2 = (Math.log(sigma2 / sigma1) * sigma1 * sigma2) / (sigma2 - sigma1);
  return { distance: Math.sqrt(d2), bracket: Math.exp(-d2 / sigma2) - Math.exp(-d2 / sigma1) };
}

/** κ per config object: `value` runs once per matrix entry (n² = 4M at n = 2048). */
const kappas = new WeakMap<DogConfig, number>();

/**
 * κ as configured: the bracket's analytic peak, or 1 (paper eq. 8). 'realised' (the authors'
 * code: κ = the bracket's largest value over the embedding's own pairwise distances) depends on
 * the positions, so f(d) alone cannot know it: it is the analytic peak here, and whoever holds the
 * whole coefficient matrix subtracts its smallest entry (see `realisedKappa`), since
 * c·(κ_peak − g) − min_{j,k} c·(κ_peak − g_{jk}) = c·(max g − g).
 */
export function dogKappa(config: DogConfig): number {
  let kappa = kappas.get(config);
  if (kappa === undefined) {
    kappa = config.kappa === 'paper' ? 1 : dogPeak(config).bracket;
    kappas.set(config, kappa);
  }
  return kappa;
}

/** Whether C must be shifted by its smallest entry to get the realised κ (see dogKappa). */
export function realisedKappa(config: InhibitorConfig): boolean {
  return config.kind === 'dog' && config.kappa === 'realised';
}

/** The bracket g(d) = e^{−d²/σ₂} − e^{−d²/σ₁}. */
export function dogBracket(d: number, { sigma1, sigma2 }: DogConfig): number {
  return Math.exp((-d * d) / sigma2) - Math.exp((-d * d) / sigma1);
}

/**
 * The realised κ over an embedding's pairwise distances: the bracket's largest value there. It
 * is what shifting C = c·(κ_peak − g) by its smallest entry amounts to (see dogKappa). g rises
 * up to its peak and falls after it (g′ changes sign once, see dogPeak), so the largest value is
 * at the distance nearest the peak from below or from above: two exps instead of n².
 */
export function realisedDogKappa(config: DogConfig, distances: ArrayLike<number>): number {
  const search = new RealisedKappaSearch(config);
  for (let i = 0; i < distances.length; i++) search.add(distances[i]);
  return search.kappa();
}

/** realisedDogKappa over distances that arrive a few at a time (a page computes them in slices). */
export class RealisedKappaSearch {
  private readonly peak: number;
  private below = -Infinity;
  private above = Infinity;

  constructor(private readonly config: DogConfig) {
    this.peak = dogPeak(config).distance;
  }

  add(d: number): void {
    if (d <= this.peak) this.below = Math.max(this.below, d);
    else this.above = Math.min(this.above, d);
  }

  kappa(): number {
    const near = [this.below, this.above].filter(Number.isFinite);
    return Math.max(...near.map((d) => dogBracket(d, this.config)));
  }
}

/** f(d) = c·(κ − g(d)) for a given κ (dog.value's, with κ as configured). */
export function dogValue(d: number, config: DogConfig, kappa: number): number {
  return config.c * (kappa - dogBracket(d, config));
}

export const dog: Inhibitor<DogConfig> = {
  kind: 'dog',
  label: 'Difference of Gaussians',
  formula: 'f(d) = c·(κ − (e^{−d²/σ₂} − e^{−d²/σ₁}))',
  monotone: false,
  value(d, config) {
    return dogValue(d, config, dogKappa(config));
  },
  /** ∂f/∂(d²) = c·(e^{−d²/σ₂}/σ₂ − e^{−d²/σ₁}/σ₁). */
  ofSquared(d2, config) {
    const { c, sigma1, sigma2 } = config;
    const outer = expNonPositive(tf.mul(d2, -1 / sigma2));
    const inner = expNonPositive(tf.mul(d2, -1 / sigma1));
    return {
      value: tf.mul(c, tf.sub(dogKappa(config), tf.sub(outer, inner))),
      slope: tf.sub(tf.mul(outer, c / sigma2), tf.mul(inner, c / sigma1)),
    };
  },
};
