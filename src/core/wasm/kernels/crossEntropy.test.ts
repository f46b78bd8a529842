import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../random';
import { createPlaceCells, placeCellTargets } from '../../tasks/navigation/placeCells';
import { PLACE_CELL_CROSS_ENTROPY } from '../../kernels/crossEntropy';
import { placeCellCrossEntropy } from '../../tasks/navigation/crossEntropy';
import { crossEntropyKernel } from './crossEntropy';
import { registerWasmKernels, withoutWasmKernels } from './index';
import { relativeError } from '../../../../tests/numerics';

const BOX_METRES = 2.2;

/** Logits, and positions up to `outside` metres beyond the box (walks are not clipped). */
function inputs(rows: number, count: number, outside: number, seed: number) {
  const rng = new Rng(seed);
  const cells = createPlaceCells(rng, { count });
  const half = BOX_METRES / 2 + outside;
  const positions = Float32Array.from({ length: 2 * rows }, () => rng.range(-half, half));
  const logits = tf.randomNormal<tf.Rank.R2>([rows, count], 0, 3, 'float32', seed);
  return { cells, positions, logits };
}

type Inputs = ReturnType<typeof inputs>;

/** dLogits and the loss, as plain arrays. */
function run({ logits, cells, positions }: Inputs): Float32Array[] {
  return tf.tidy(() => {
    const { loss, dLogits } = placeCellCrossEntropy(logits, cells, positions);
    return [dLogits, loss].map((t) => t.dataSync() as Float32Array);
  });
}

/** The same in float64 from placeCellTargets (itself float64 inside): the exact answer. */
function exact({ logits, cells, positions }: Inputs): Float64Array[] {
  const [rows, count] = logits.shape;
  const [l, y] = [logits.dataSync(), placeCellTargets(cells, positions)];
  const dLogits = new Float64Array(rows * count);
  let loss = 0;
  for (let r = 0, at = 0; r < rows; r++, at += count) {
    const row = Array.from(l.subarray(at, at + count));
    const max = Math.max(...row);
    const sum = row.reduce((s, v) => s + Math.exp(v - max), 0);
    row.forEach((v, i) => (dLogits[at + i] = (Math.exp(v - max) / sum - y[at + i]) / rows));
    loss += (max + Math.log(sum) - row.reduce((s, v, i) => s + v * y[at + i], 0)) / rows;
  }
  return [dLogits, Float64Array.of(loss)];
}

/** The kernel's outputs with a given build, loss terms summed as the op does. */
function withBuild(fma: boolean, { logits, cells, positions }: Inputs): Float32Array[] {
  const kernel = crossEntropyKernel(fma);
  tf.unregisterKernel(PLACE_CELL_CROSS_ENTROPY, 'wasm');
  tf.registerKernel({
    kernelName: PLACE_CELL_CROSS_ENTROPY,
    backendName: 'wasm',
    kernelFunc: kernel,
  });
  try {
    return run({ logits, cells, positions });
  } finally {
    tf.unregisterKernel(PLACE_CELL_CROSS_ENTROPY, 'wasm');
    registerWasmKernels();
  }
}

describe('WASM SIMD place-cell cross-entropy', () => {
  it('is registered and is what placeCellCrossEntropy runs', async () => {
    expect(registerWasmKernels()).toBe(true);
    expect(tf.getKernel(PLACE_CELL_CROSS_ENTROPY, 'wasm')).toBeDefined();
    const x = inputs(3, 10, 0, 1);
    const profile = await tf.profile(() => run(x));
    expect(profile.kernelNames).toContain(PLACE_CELL_CROSS_ENTROPY);
    x.logits.dispose();
  });

  // [R, Np, metres outside the box]: the step's Np, Np with 1 and 2 tail lanes, one row, and
  // 4 cells (the one nearest a position is often alone within reach of the centre Gaussian).
  const cases = [
    [100, 512, 0],
    [100, 512, 0.3],
    [1, 512, 0.3],
    [100, 37, 0],
    [100, 37, 0.3],
    [1, 37, 0],
    [64, 30, 0.3],
    [50, 4, 0],
  ];
  // The difference of two softmaxes cancels near the nearest cell, and renormalising by its small
  // sum magnifies that: with few cells, both float32 paths land up to ~5e-4 from the exact answer
  // (at Np = 512 they agree to 3e-7). So each bound is 1e-5 plus the composite's own error.
  it.each(cases)('equals the composite at R=%i, Np=%i, up to %f m outside', (rows, count, out) => {
    registerWasmKernels();
    const x = inputs(rows, count, out, rows + count);
    const fused = run(x);
    const [reference, truth] = [
      withoutWasmKernels([PLACE_CELL_CROSS_ENTROPY], () => run(x)),
      exact(x),
    ];
    fused.forEach((values, i) => {
      expect(values.length).toBe(reference[i].length);
      const slack = relativeError(reference[i], truth[i]);
      expect(relativeError(values, truth[i])).toBeLessThan(1e-5 + slack);
      expect(relativeError(values, reference[i])).toBeLessThan(1e-5 + slack);
    });
    x.logits.dispose();
  });

  // Vitest runs with relaxed SIMD on (vitest.config.ts); browsers without it get mul + add.
  it.each([false, true])('built with fused multiply-add %s, equals the composite', (fma) => {
    const x = inputs(50, 45, 0.3, 9);
    const reference = withoutWasmKernels([PLACE_CELL_CROSS_ENTROPY], () => run(x));
    withBuild(fma, x).forEach((values, i) =>
      expect(relativeError(values, reference[i])).toBeLessThan(1e-5),
    );
    x.logits.dispose();
  });

  it('leaves the tensor count unchanged', () => {
    registerWasmKernels();
    const x = inputs(20, 37, 0.3, 4);
    const before = tf.memory().numTensors;
    run(x);
    tf.tidy(() => {
      placeCellCrossEntropy(x.logits, x.cells, x.positions);
    });
    expect(tf.memory().numTensors).toBe(before);
    x.logits.dispose();
  });
});
