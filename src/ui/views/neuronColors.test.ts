import { describe, expect, it } from 'vitest';
import { fillNeuronColors, linkMagnitudes, maxValue, sequentialLut } from './neuronColors';
import { surfaceGeometry, pointsRadius } from './manifoldGeometry';
import { SELECTED_COLOR, hexToRgb } from './palette';

describe('neuron colours', () => {
  // W[j,k] is the weight from k into j.
  const n = 3;
  const whh = Float32Array.of(0, -4, 1, 2, 0, 0, 3, 9, 0);
  const mask = Uint8Array.of(1, 1, 1, 1, 1, 1, 1, 0, 1);

  it('takes the stronger direction of each link and ignores pruned weights', () => {
    const v = linkMagnitudes(whh, mask, n, 1);
    expect(v[0]).toBe(4); // max(|W[0,1]| = 4, |W[1,0]| = 2)
    expect(Number.isNaN(v[1])).toBe(true);
    expect(v[2]).toBe(0); // W[2,1] = 9 is pruned, W[1,2] = 0
    expect(maxValue(v, 1)).toBe(4);
  });

  it('paints the selected neuron in the highlight colour and the strongest link at the scale top', () => {
    const lut = sequentialLut();
    const out = new Float32Array(n * 3);
    const v = linkMagnitudes(whh, mask, n, 1);
    fillNeuronColors(out, v, 1, maxValue(v, 1), lut);
    expect(Array.from(out.subarray(3, 6)).map((c) => Math.round(c * 255))).toEqual(
      hexToRgb(SELECTED_COLOR),
    );
    expect(Array.from(out.subarray(0, 3))).toEqual(Array.from(lut.subarray(255 * 3)));
    expect(Array.from(out.subarray(6, 9))).toEqual(Array.from(lut.subarray(0, 3)));
  });
});

describe('manifold geometry', () => {
  it('draws a closed curve and reports its radius', () => {
    const g = surfaceGeometry({
      kind: 'curve',
      point: (u) => [3 * Math.cos(2 * Math.PI * u), 3 * Math.sin(2 * Math.PI * u), 0],
    });
    expect(g.radius).toBeCloseTo(3, 5);
    expect(g.lines.length % 6).toBe(0);
    expect(g.index.length).toBe(0);
  });

  it('meshes a surface with valid indices and nothing for Rᵏ', () => {
    const g = surfaceGeometry({ kind: 'surface', point: (u, v) => [u, v, 0] }, 4, 4, 8);
    expect(Math.max(...g.index)).toBeLessThan(g.mesh.length / 3);
    expect(surfaceGeometry({ kind: 'none' }).radius).toBe(0);
    expect(pointsRadius(Float32Array.of(0, 3, 4, 1, 1, 1))).toBe(5);
  });
});
