/**
 * The prototypes of src/core/kernels against what they would replace, on Node WASM and on the
 * same inputs: the BPTT slice (lossAndGrads vs lossAndGradsChunked) and the place-cell targets
 * (plain JS vs tfjs). The two sides alternate run by run, so a burst of load on this shared
 * machine hits both alike.
 */
import * as tf from '@tensorflow/tfjs-core';
import { initNodeBackend } from '../../src/core/backend/node';
import { lossAndGradsChunked, placeCellTargetsTensor } from '../../src/core/kernels';
import { lossAndGrads } from '../../src/core/model/network';
import { rngAt, rngFor } from '../../src/core/random';
import { createPlaceCells, placeCellTargets, randomWalk } from '../../src/core/tasks/navigation';
import { Trainer } from '../../src/core/training/trainer';
import type { BenchRow } from './rows';
import { summarize, type TimingOptions } from './stats';
import { benchConfig, defaultSetup, STEP_SHAPE } from './trainerCell';

/** Median-able samples of each function, run in turns after one warm-up round. */
function alternate(fns: (() => unknown)[], { reps, capMs }: TimingOptions): number[][] {
  const samples = fns.map(() => [] as number[]);
  fns.forEach((f) => f());
  const start = performance.now();
  for (let r = 0; r < reps && performance.now() - start < capMs; r++) {
    fns.forEach((f, i) => {
      const t0 = performance.now();
      f();
      samples[i].push(performance.now() - t0);
    });
  }
  return samples;
}

function rows(
  hidden: number | null,
  labels: string[],
  samples: number[][],
  note: (speedup: number) => string,
): BenchRow[] {
  const [current, ...others] = samples.map(summarize);
  return labels.map((what, i) => {
    const summary = i === 0 ? current : others[i - 1];
    const speedup = current && summary ? current.medianMs / summary.medianMs : 0;
    return {
      group: 'profile',
      where: 'Node WASM',
      what,
      hidden,
      summary,
      note: i === 0 || !speedup ? '' : note(speedup),
    };
  });
}

export async function kernelRows(sizes: number[], options: TimingOptions): Promise<BenchRow[]> {
  await initNodeBackend('wasm');
  const out: BenchRow[] = [];
  for (const hidden of sizes) {
    const trainer = new Trainer(benchConfig(defaultSetup(hidden)));
    const batch = trainer.task.batch(rngAt(1, 'data', 0), STEP_SHAPE.batch);
    const run = (f: typeof lossAndGrads) => () =>
      tf.tidy(() => f(trainer.task.network, trainer.params, batch).loss.dataSync());
    const samples = alternate([run(lossAndGrads), run(lossAndGradsChunked)], options);
    const labels = ['BPTT: lossAndGrads (now)', 'BPTT: lossAndGradsChunked (kernels/)'];
    out.push(...rows(hidden, labels, samples, (s) => `${s.toFixed(2)}× faster, same grads`));
    trainer.dispose();
  }
  const cells = createPlaceCells(rngFor(1, 'placeCells'), { count: STEP_SHAPE.placeCells });
  const { positions } = randomWalk(rngAt(1, 'data', 0), STEP_SHAPE);
  const centres = tf.tensor2d(cells.centres, [cells.count, 2]);
  const samples = alternate(
    [
      () => placeCellTargets(cells, positions),
      () => {
        // Read back outside tidy: tidy walks a returned array element by element (~0.5 s here).
        const targets = tf.tidy(() => {
          const at = tf.tensor2d(positions, [positions.length / 2, 2]);
          return placeCellTargetsTensor(centres, cells.widthMeters, at);
        });
        targets.dataSync();
        targets.dispose();
      },
    ],
    options,
  );
  centres.dispose();
  const labels = ['targets: placeCellTargets (JS now)', 'targets: placeCellTargetsTensor'];
  out.push(...rows(null, labels, samples, (s) => `${s.toFixed(2)}× faster (incl. read-back)`));
  return out;
}
