/** Training a run to its end from the command line, with a progress line now and then. */
import type { Trainer } from '../src/core/training/trainer';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** Trains to the last step, validating at each epoch's end; returns the final summary line. */
export async function trainToEnd(trainer: Trainer, label: string | null): Promise<string> {
  const { stepsPerEpoch } = trainer.config.training;
  const unit = trainer.task.metricUnit ? ` ${trainer.task.metricUnit}` : '';
  const every = Math.max(1, Math.floor(stepsPerEpoch / 4));
  const started = performance.now();
  let windowStart = started;
  while (!trainer.done) {
    const point = await trainer.trainStep();
    const stepNumber = point.step + 1;
    if (label && stepNumber % every === 0) {
      const now = performance.now();
      const rate = (every * 1000) / (now - windowStart);
      windowStart = now;
      console.log(
        `${label} step ${stepNumber}/${trainer.totalSteps}  ${rate.toFixed(1)} steps/s  loss ${point.taskLoss.toFixed(4)}` +
          `  penalty ${point.penalty.toExponential(2)}  W_hh ${pct(point.whhSparsity)}  global ${pct(point.globalSparsity)}` +
          `  ${trainer.task.metricLabel} ${point.metric.toFixed(3)}${unit}`,
      );
    }
    if (stepNumber % stepsPerEpoch === 0) {
      const v = await trainer.validate();
      if (label)
        console.log(
          `${label} epoch ${point.epoch + 1} validation ${trainer.task.metricLabel} ${v.metric.toFixed(3)}${unit}`,
        );
    }
  }
  const last = trainer.history.validation.at(-1) ?? (await trainer.validate());
  const seconds = (performance.now() - started) / 1000;
  return (
    `${trainer.task.metricLabel} ${last.metric.toFixed(3)}${unit} (validation), W_hh sparsity ${pct(trainer.masks.whhSparsity)},` +
    ` global ${pct(trainer.masks.globalSparsity)}, ${trainer.totalSteps} steps in ${seconds.toFixed(1)} s`
  );
}
