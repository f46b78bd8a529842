import { expect, test } from 'vitest';
import { getManifold } from '.';
import { orderByPosition } from './positionOrder';

test('units are ordered by their first coordinate, or by longitude on the sphere', () => {
  const torus = getManifold('torus', 2);
  expect(Array.from(orderByPosition(Float32Array.from([3, 0, 1, 9, 2, 5]), torus))).toEqual([
    1, 2, 0,
  ]);
  const sphere = Float32Array.from([0, 1, 0, 1, 0, 0, 0, -1, 0]); // longitudes π/2, 0, −π/2
  expect(Array.from(orderByPosition(sphere, getManifold('sphere', 2)))).toEqual([2, 1, 0]);
});
