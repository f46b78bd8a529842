import { describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { Rng } from '../../random';
import { decodeCells, decodeErrorCm, decodeTop3 } from './decode';
import authors from './fixtures/authors-code-navigation.json';
import { createPlaceCells, placeCellTargets } from './placeCells';
import { randomWalk } from './trajectory';

describe('decodeTop3', () => {
  test('averages the centres of the three highest scores', () => {
    const centres = Float32Array.from([0, 0, 1, 0, 0, 1, 3, 3, -1, -1]);
    const scores = Float32Array.from([
      ...[0.1, 0.5, 0.2, 0.9, 0.0], // best: cells 3, 1, 2
      ...[-5, -1, -2, -4, -3], // best: cells 1, 2, 4
    ]);
    const decoded = decodeTop3(scores, centres);
    expect(Array.from(decoded)).toEqual([4 / 3, 4 / 3, 0, 0].map(Math.fround));
  });

  test("matches the authors' decoder and error on their targets", () => {
    const centres = Float32Array.from(authors.place_cell_centers.flat());
    const positions = Float32Array.from(authors.gen_pos.flat(2));
    const targets = placeCellTargets({ centres, widthMeters: 0.12, count: 512 }, positions);
    const decoded = decodeTop3(targets, centres);
    authors.decode_top3_of_targets.flat(2).forEach((v, i) => expect(decoded[i]).toBeCloseTo(v, 6));
    expect(decodeErrorCm(decoded, positions)).toBeCloseTo(authors.decode_err_cm_of_targets, 4);
  });
});

describe('decodeCells', () => {
  test('decodes the three best cells found by tf.topk as decodeTop3 decodes the scores', () => {
    const rng = new Rng(4);
    const cells = createPlaceCells(rng, { count: 40 });
    const scores = Float32Array.from({ length: 30 * 40 }, () => rng.range(-3, 3));
    const top3 = tf.tidy(() => tf.topk(tf.tensor2d(scores, [30, 40]), 3).indices.dataSync());
    expect(decodeCells(top3 as Int32Array, cells.centres)).toEqual(
      decodeTop3(scores, cells.centres),
    );
  });
});

describe('decodeErrorCm', () => {
  test('is the mean Euclidean distance in cm', () => {
    const truth = Float32Array.from([0, 0, 1, 1]);
    expect(decodeErrorCm(Float32Array.from([0.03, 0.04, 1, 1]), truth)).toBeCloseTo(2.5, 4);
    expect(() => decodeErrorCm(Float32Array.from([0, 0]), truth)).toThrow();
  });

  test("the true targets of a random batch decode to the decoder's floor, ≈ 4.3 cm", () => {
    const cells = createPlaceCells(new Rng(1));
    const { positions } = randomWalk(new Rng(2), { seqLen: 50, batch: 64 });
    const errorCm = decodeErrorCm(
      decodeTop3(placeCellTargets(cells, positions), cells.centres),
      positions,
    );
    expect(errorCm).toBeGreaterThan(4);
    expect(errorCm).toBeLessThan(5);
  });
});
