/**
 * The inhibitor functions f(d) ≥ 0 (docs/science.md §Inhibitors), by kind, and the one rule about
 * them that the rest of the lab must respect: monotone inhibitors cannot be used with trained
 * embeddings.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { InhibitorConfig, InhibitorKind } from '../config/inhibitorSchema';
import type { Inhibitor, InhibitorTensors } from './types';
import { dog } from './dog';
import { ricker } from './ricker';
import { diffusion } from './diffusion';
import { sinusoid } from './sinusoid';

export type { Inhibitor, InhibitorTensors } from './types';
export {
  dogPeak,
  dogKappa,
  dogValue,
  realisedDogKappa,
  RealisedKappaSearch,
  realisedKappa,
  type DogConfig,
} from './dog';

type ConfigOf<K extends InhibitorKind> = Extract<InhibitorConfig, { kind: K }>;

const registry: { [K in InhibitorKind]: Inhibitor<ConfigOf<K>> } = {
  dog,
  ricker,
  diffusion,
  sinusoid,
};

export function getInhibitor<K extends InhibitorKind>(kind: K): Inhibitor<ConfigOf<K>> {
  return registry[kind];
}

/**
 * TypeScript cannot see that registry[config.kind] takes exactly this config (a correlated
 * union); every entry's kind equals its key, so widening it to Inhibitor is sound.
 */
const inhibitorFor = (config: InhibitorConfig): Inhibitor => registry[config.kind] as Inhibitor;

/** f(d) for a config. */
export function inhibitorValue(config: InhibitorConfig, d: number): number {
  return inhibitorFor(config).value(d, config);
}

/** f(d) elementwise and differentiable by autodiff; the caller owns the result. */
export function inhibitorTensor(config: InhibitorConfig, d: tf.Tensor): tf.Tensor {
  return tf.tidy(() => inhibitorFor(config).ofSquared(tf.square(d), config).value);
}

/** f and ∂f/∂(d²) elementwise from squared distances d²; call inside tf.tidy. */
export function inhibitorOfSquared(config: InhibitorConfig, squared: tf.Tensor): InhibitorTensors {
  return inhibitorFor(config).ofSquared(squared, config);
}

/**
 * Why this inhibitor cannot be used with a trained embedding, or null if it can (paper §2.3).
 * A monotone f charges more the further apart two units are, so moving every unit onto one
 * point minimises the penalty: the embedding collapses, all distances become 0, every weight
 * gets the same coefficient f(0) (0 for c·dⁿ: the penalty vanishes) and the geometry is lost.
 */
export function trainedEmbeddingRefusal(config: InhibitorConfig): string | null {
  const inhibitor = inhibitorFor(config);
  if (!inhibitor.monotone) return null;
  return (
    `The ${inhibitor.label.toLowerCase()} inhibitor ${inhibitor.formula} grows with distance, so ` +
    'training the positions would pull every unit onto one point: all distances become 0, every ' +
    `coefficient becomes f(0) = ${inhibitor.value(0, config)}, the geometric penalty vanishes ` +
    `and the geometry collapses. Use a fixed embedding, or the ${usableWithTrainedEmbedding()} inhibitor.`
  );
}

/** The inhibitors that do not grow with distance, by name: "a, b or c" (from the registry). */
function usableWithTrainedEmbedding(): string {
  const names = Object.values(registry)
    .filter((i) => !i.monotone)
    .map((i) => i.label);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names.join('');
}

/** Throws with `trainedEmbeddingRefusal`'s reason for monotone inhibitors. */
export function assertUsableWithTrainedEmbedding(config: InhibitorConfig): void {
  const reason = trainedEmbeddingRefusal(config);
  if (reason !== null) throw new Error(reason);
}
