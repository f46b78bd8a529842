/** Training a run to its end from the command line, with a progress line now and then. */
import type { Trainer } from '../src/core/training/trainer';
import { trainToEnd } from '../src/core/training/trainToEnd';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/**
 * Trains to the last step, validating at each epoch's end; returns the final summary line.
 * `afterStep` runs after every step and its validation (the CLIs' checkpoints).
 */
export async function trainWithProgress(
  trainer: Trainer,
  label: string | null,
  afterStep?: () => Promise<void>,
): Promise<string> {
  const { stepsPerEpoch } = trainer.config.training;
  const unit = trainer.task.metricUnit ? ` ${trainer.task.metricUnit}` : '';
  const every = Math.max(1, Math.floor(stepsPerEpoch / 4));
  const started = performance.now();
  let windowStart = started;
  await trainToEnd(trainer, {
    onStep: async (point) => {
      await afterStep?.();
      const stepNumber = point.step + 1;
      if (!label || stepNumber % every !== 0) return;
      const now = performance.now();
      const rate = (every * 1000) / (now - windowStart);
      windowStart = now;
      console.log(
        `${label} step ${stepNumber}/${trainer.totalSteps}  ${rate.toFixed(1)} steps/s  loss ${point.taskLoss.toFixed(4)}` +
          `  penalty ${point.penalty.toExponential(2)}  W_hh ${pct(point.whhSparsity)}  global ${pct(point.globalSparsity)}` +
          `  ${trainer.task.metricLabel} ${point.metric.toFixed(3)}${unit}`,
      );
    },
    onValidation: (v, epoch) => {
      if (label)
        console.log(
          `${label} epoch ${epoch} validation ${trainer.task.metricLabel} ${v.metric.toFixed(3)}${unit}`,
        );
    },
  });
  const last = trainer.history.validation.at(-1) ?? (await trainer.validate());
  const seconds = (performance.now() - started) / 1000;
  return (
    `${trainer.task.metricLabel} ${last.metric.toFixed(3)}${unit} (validation), W_hh sparsity ${pct(trainer.masks.whhSparsity)},` +
    ` global ${pct(trainer.masks.globalSparsity)}, ${trainer.totalSteps} steps in ${seconds.toFixed(1)} s`
  );
}
