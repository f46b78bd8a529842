/** Our distances against the paper authors' code (see `authorsCases` for the conversions). */
import { describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { authorsCases, maxAbsDiff } from './testing';

describe.each(authorsCases)('%s distances match the authors’ code', (_, m, points, dist, tol) => {
  test('JS matrix', () => {
    expect(maxAbsDiff(m.distanceMatrix(points), dist.flat())).toBeLessThan(tol);
  });

  test('tensor', () => {
    const t = tf.tensor2d(points, [points.length / m.dim, m.dim]);
    const d = m.distanceTensor(t);
    expect(maxAbsDiff(d.dataSync(), dist.flat())).toBeLessThan(tol + 1e-4);
    tf.dispose([t, d]);
  });
});
