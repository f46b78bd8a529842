/**
 * The benchmarked training step: the lab's own Trainer on the navigation task at the paper's
 * step shape (batch 64, T = 50, Np = 512), Adam, the moduli penalty on (torus, DoG, λ = 0.1),
 * W_hh pruning off. Shared by the Node bench and the browser bench page, so both time exactly
 * the step a user's run takes (data generation, BPTT, penalty, Adam, read-back, metric).
 */
import type { RunConfig } from '../src/core/config/schema';
import { runConfig } from '../src/core/config/validate';
import { Trainer } from '../src/core/training/trainer';
import { timeRepeated, type Timing, type TimingOptions } from './stats';

export const STEP_SHAPE = { batch: 64, seqLen: 50, placeCells: 512 } as const;

export interface StepSetup {
  hidden: number;
  /** 0 turns the penalty off (condition "none"). */
  lambda: number;
  embedding: 'fixed' | 'trained';
}

export function benchConfig({ hidden, lambda, embedding }: StepSetup): RunConfig {
  return runConfig({
    task: { kind: 'navigation', seqLen: STEP_SHAPE.seqLen, placeCells: STEP_SHAPE.placeCells },
    model: { hidden },
    geometry: { manifold: 'torus', embedding },
    regularizer: { condition: lambda > 0 ? 'moduli' : 'none', lambda },
    training: {
      optimizer: 'adam',
      batch: STEP_SHAPE.batch,
      epochs: 1,
      stepsPerEpoch: 100000,
    },
    pruning: { targetSparsity: 0 },
  });
}

export const defaultSetup = (hidden: number): StepSetup => ({
  hidden,
  lambda: 0.1,
  embedding: 'fixed',
});

/** Times `Trainer.trainStep` on the current tfjs backend; the trainer is disposed after. */
export async function timeTrainerSteps(setup: StepSetup, options: TimingOptions): Promise<Timing> {
  const trainer = new Trainer(benchConfig(setup));
  try {
    return await timeRepeated(() => trainer.trainStep(), options);
  } finally {
    trainer.dispose();
  }
}
