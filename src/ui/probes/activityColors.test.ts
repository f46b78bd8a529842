import { describe, expect, test } from 'vitest';
import { fillActivityColors, sequentialLut } from '../views/neuronColors';

describe('activity colouring', () => {
  test('maps 0 … max onto the sequential scale, clamping negatives and overshoot', () => {
    const lut = sequentialLut();
    const out = new Float32Array(4 * 3);
    fillActivityColors(out, Float32Array.of(0, 2, -1, 5), 2, lut);
    const at = (j: number) => Array.from(out.subarray(j * 3, j * 3 + 3));
    const lutAt = (i: number) => Array.from(lut.subarray(i * 3, i * 3 + 3));
    expect(at(0)).toEqual(lutAt(0));
    expect(at(1)).toEqual(lutAt(255));
    expect(at(2)).toEqual(lutAt(0));
    expect(at(3)).toEqual(lutAt(255));
  });
});
