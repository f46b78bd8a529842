/**
 * In-memory checkpoints of the running Trainer, so a diverged run can roll back to its last
 * good state (weights, masks, positions, Adam's moments, history) without a file round trip.
 */
import type { RunConfig } from '../src/core/config/schema';
import type { TaskContext } from '../src/core/tasks/types';
import { Trainer } from '../src/core/training/trainer';
import type { RunHistory, TrainerState } from '../src/core/training/types';

/** Steps between checkpoints: cheap plain-array copies, frequent enough to lose little. */
export const CHECKPOINT_EVERY = 50;

export interface Checkpoint {
  config: RunConfig;
  state: TrainerState;
  history: RunHistory;
  /** The corpus of a text run, which a restored Trainer needs again. */
  context: TaskContext;
}

/**
 * The trainer's state now, or null when a weight is already NaN or infinite: an update can
 * break the weights one step before the loss shows it, and such a state is no "last good" one.
 */
export function capture(trainer: Trainer): Checkpoint | null {
  const weights = trainer.weightValues();
  const healthy = Object.values(weights).every((w) => w.every(Number.isFinite));
  if (!healthy) return null;
  return {
    config: trainer.config,
    state: {
      step: trainer.step,
      lottery: trainer.lottery,
      weights,
      masks: trainer.masks.snapshot(),
      embedding: trainer.regularization.positions(),
      optimizer: trainer.optimizerState(),
    },
    context: trainer.context,
    history: {
      metrics: trainer.history.metrics.filter((p) => p.step < trainer.step),
      validation: trainer.history.validation.filter((p) => p.step <= trainer.step),
    },
  };
}

/** A Trainer back at the checkpoint, optionally with another learning rate. */
export function restore(checkpoint: Checkpoint, learningRate: number | null): Trainer {
  const config =
    learningRate === null
      ? checkpoint.config
      : { ...checkpoint.config, training: { ...checkpoint.config.training, learningRate } };
  const history = {
    metrics: [...checkpoint.history.metrics],
    validation: [...checkpoint.history.validation],
  };
  return new Trainer(config, checkpoint.state, history, checkpoint.context);
}
