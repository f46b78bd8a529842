import { expect, test } from 'vitest';
import { ballSprite } from './ballSprite';

const at = (s: Uint8Array, size: number, row: number, col: number) =>
  Array.from(s.subarray((row * size + col) * 4, (row * size + col) * 4 + 4));

test('a ball sprite is an opaque disc, lit from the upper left, transparent outside', () => {
  const size = 4;
  const s = ballSprite(size);
  // Corner pixel centres (±0.75, ±0.75) lie outside the unit circle: r² = 1.125.
  for (const [r, c] of [
    [0, 0],
    [0, 3],
    [3, 0],
    [3, 3],
  ])
    expect(at(s, size, r, c)[3]).toBe(0);
  // The four middle pixels are inside; rows count upwards, so row 2, column 1 is upper left.
  const upperLeft = at(s, size, 2, 1);
  const lowerRight = at(s, size, 1, 2);
  expect(upperLeft[3]).toBe(255);
  expect(upperLeft[0]).toBe(upperLeft[1]);
  expect(upperLeft[0]).toBeGreaterThan(lowerRight[0]);
  // Lower right at (0.25, −0.25), z = √0.875: n·l = (−0.1 − 0.125 + 0.72) / 1.0014 ≈ 0.494;
  // 0.6 + 0.45 · 0.494 = 0.822 → 210 of 255.
  expect(lowerRight[0]).toBe(210);
});
