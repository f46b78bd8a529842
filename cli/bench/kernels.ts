/**
 * The kernels of src/core/kernels against the plain versions they replace, on Node WASM and on
 * the same inputs: the BPTT slice with the fused recurrence kernels and with the per-step
 * composite, and the place-cell targets on the device and in plain JS. The two sides alternate
 * run by run, so a burst of load on this shared machine hits both alike.
 */
import { initNodeBackend } from '../../src/core/backend/node';
import { rngAt, rngFor } from '../../src/core/random';
import { createPlaceCells, placeCellTargets, randomWalk } from '../../src/core/tasks/navigation';
import { placeCellTargetsTensor } from '../../src/core/tasks/navigation/placeCellsOnDevice';
import type { BenchRow } from './rows';
import { summarize, type TimingOptions } from './stats';
import { STEP_SHAPE } from './trainerCell';

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

export async function kernelRows(_sizes: number[], options: TimingOptions): Promise<BenchRow[]> {
  await initNodeBackend('wasm');
  const out: BenchRow[] = [];
  const cells = createPlaceCells(rngFor(1, 'placeCells'), { count: STEP_SHAPE.placeCells });
  const { positions } = randomWalk(rngAt(1, 'data', 0), STEP_SHAPE);
  const samples = alternate(
    [
      () => placeCellTargets(cells, positions),
      () => {
        // Read back outside tidy: tidy walks a returned array element by element (~0.5 s here).
        const targets = placeCellTargetsTensor(cells, positions);
        targets.dataSync();
        targets.dispose();
      },
    ],
    options,
  );
  const labels = ['targets: placeCellTargets (JS)', 'targets: placeCellTargetsTensor (now)'];
  out.push(...rows(null, labels, samples, (s) => `${s.toFixed(2)}× faster (incl. read-back)`));
  return out;
}
