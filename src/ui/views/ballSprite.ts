/**
 * A shaded disc that makes a point sprite look like a small lit sphere. Many units are drawn
 * as points, one vertex each, rather than as instanced spheres of ~100 vertices: with software
 * WebGL (SwiftShader, llvmpipe: headless browsers, machines without a GPU driver) 4096 spheres
 * kept the GPU busy ~0.7 s a frame, and the page's main thread waits for it at every commit.
 * Pure bytes, so it is tested in Node; NeuronPoints wraps them in a texture.
 */

/** Light direction (towards the light: up, left, towards the viewer), normalised. */
const LIGHT = (() => {
  const l = [-0.4, 0.5, 0.77];
  const len = Math.hypot(...l);
  return l.map((v) => v / len);
})();
/** Brightness where the light does not reach, and what the light adds at most. */
const AMBIENT = 0.6;
const DIFFUSE = 0.45;

/**
 * size × size RGBA bytes, first row at the bottom (as a texture's data is read): transparent
 * outside the inscribed circle, inside a grey (multiplied with the unit's colour) shaded as a
 * Lambert sphere lit from the upper left.
 */
export function ballSprite(size: number): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      // Pixel centre in [-1, 1]², y up.
      const x = ((col + 0.5) / size) * 2 - 1;
      const y = ((row + 0.5) / size) * 2 - 1;
      const r2 = x * x + y * y;
      if (r2 > 1) continue;
      const z = Math.sqrt(1 - r2);
      const lit = Math.max(0, x * LIGHT[0] + y * LIGHT[1] + z * LIGHT[2]);
      const shade = Math.round(255 * Math.min(1, AMBIENT + DIFFUSE * lit));
      const o = (row * size + col) * 4;
      out[o] = out[o + 1] = out[o + 2] = shade;
      out[o + 3] = 255;
    }
  }
  return out;
}
