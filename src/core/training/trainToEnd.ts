/**
 * The one loop that trains a run to its last step, validating at each epoch's end, shared by
 * the CLI (cli/progress.ts) and the comparison runner (experiments/runner.ts), so both report
 * the same validation points. Plain async code: it yields to the event loop every `yieldEvery`
 * steps when asked, so a cancel (AbortSignal) from a worker message lands within that many steps.
 * A diverged step throws the trainer's DivergenceError.
 */
import type { Trainer } from './trainer';
import type { MetricPoint, ValidationPoint } from './types';

export interface TrainToEndOptions {
  signal?: AbortSignal;
  /** Steps between yields to the event loop; 0 (default) never yields. */
  yieldEvery?: number;
  /** After each step (and its validation); awaited, so a checkpoint can be written here. */
  onStep?: (point: MetricPoint) => void | Promise<void>;
  /** After each epoch-end validation; `epoch` counts from 1. */
  onValidation?: (point: ValidationPoint, epoch: number) => void;
}

/** A macrotask, so messages (a worker's cancel) and timers get their turn. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** 'done' after the last step (E × S steps end on an epoch, so on a validation), or 'cancelled'. */
export async function trainToEnd(
  trainer: Trainer,
  options: TrainToEndOptions = {},
): Promise<'done' | 'cancelled'> {
  const { signal, onStep, onValidation } = options;
  const yieldEvery = Math.max(0, Math.floor(options.yieldEvery ?? 0));
  const { stepsPerEpoch } = trainer.config.training;
  while (!trainer.done) {
    if (signal?.aborted) return 'cancelled';
    const point = await trainer.trainStep();
    if (trainer.step % stepsPerEpoch === 0) {
      const validation = await trainer.validate();
      onValidation?.(validation, trainer.step / stepsPerEpoch);
    }
    await onStep?.(point);
    if (yieldEvery > 0 && trainer.step % yieldEvery === 0) await yieldToEventLoop();
  }
  // What follows a finished run (export, its lottery ticket) reads its values synchronously.
  await trainer.readBack();
  return 'done';
}
