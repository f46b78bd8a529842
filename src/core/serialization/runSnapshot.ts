/**
 * A run as flat arrays and its small fields: what both run-file writers (the JSON v1 text and
 * the binary .npz) stream out, so neither builds nested rows or one big string. Arrays are the
 * Trainer's own copies (dataSync), not cloned again.
 */
import { recurrentLayers, type RunConfig } from '../config/schema';
import { paramShapes, weightMatrixNames } from '../model/network';
import type { AdamState } from '../optim/adam';
import type { Trainer } from '../training/trainer';
import type { MetricPoint, ValidationPoint } from '../training/types';
import { RUN_FORMAT, RUN_VERSION } from './runFile';

export const APP_VERSION = '0.1.0';

/** Everything of the run file that is not a tensor, in the JSON file's order. */
export interface RunMeta {
  format: typeof RUN_FORMAT;
  version: typeof RUN_VERSION;
  appVersion: string;
  createdAt: string;
  config: RunConfig;
  step: number;
  lottery: boolean;
  coefficients: { min: number; max: number; mean: number } | null;
  vocabulary?: string[];
  metrics: MetricPoint[];
  validation: ValidationPoint[];
  topology?: unknown;
}

export interface RunSnapshot {
  meta: RunMeta;
  /** By the lab's parameter names (whh, wih, whh.1, …), row-major. */
  weights: Record<string, Float32Array>;
  /** One per weight matrix, 1 kept and 0 pruned. */
  masks: Record<string, Uint8Array>;
  /** Every layer's unit positions, layer after layer: [layers·n, dim]. */
  positions: Float32Array;
  /** Coordinates per position. */
  dim: number;
  optimizer: AdamState | null;
  /** Shape of every weight and optimizer variable by its lab name. */
  shapes: Record<string, number[]>;
}

export function snapshotRun(trainer: Trainer, topology?: unknown): RunSnapshot {
  const shapes: Record<string, number[]> = {
    ...paramShapes(trainer.task.network),
    ...trainer.variableShapes(),
  };
  const masks: Record<string, Uint8Array> = {};
  for (const name of trainer.masks.names) masks[name] = trainer.masks.mask(name);
  return {
    meta: {
      format: RUN_FORMAT,
      version: RUN_VERSION,
      appVersion: APP_VERSION,
      createdAt: new Date().toISOString(),
      config: trainer.config,
      step: trainer.step,
      lottery: trainer.lottery,
      coefficients: trainer.regularization.coefficientSummary(),
      ...(trainer.task.vocabulary ? { vocabulary: [...trainer.task.vocabulary] } : {}),
      metrics: trainer.history.metrics,
      validation: trainer.history.validation,
      ...(topology === undefined ? {} : { topology }),
    },
    weights: trainer.weightValues(),
    masks,
    positions: trainer.regularization.allPositions(),
    dim: trainer.regularization.manifold.dim,
    optimizer: trainer.optimizerState(),
    shapes,
  };
}

/** The names and shapes a config's network has: what a run file of it must hold. */
export interface RunLayout {
  /** Weights by lab name. */
  shapes: Record<string, [number, number] | [number]>;
  /** The pruned (masked) matrices. */
  matrices: string[];
  layers: number;
  hidden: number;
}

export function runLayout(
  network: Parameters<typeof paramShapes>[0],
  config: RunConfig,
): RunLayout {
  return {
    shapes: paramShapes(network),
    matrices: weightMatrixNames(network),
    layers: recurrentLayers(config.task),
    hidden: config.model.hidden,
  };
}

/** Bytes of the float32 tensors a snapshot holds (weights, positions, moments). */
export function floatBytes(snapshot: RunSnapshot): number {
  const sum = (values: Record<string, Float32Array>) =>
    Object.values(values).reduce((s, v) => s + v.byteLength, 0);
  const { optimizer } = snapshot;
  return (
    sum(snapshot.weights) +
    snapshot.positions.byteLength +
    (optimizer ? sum(optimizer.m) + sum(optimizer.v) : 0)
  );
}
